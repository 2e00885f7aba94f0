"""Analytics rollups."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "analytics_daily_order" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "channel" VARCHAR(64) NOT NULL,
    "orders" INT NOT NULL,
    "cancelled" INT NOT NULL,
    "units" BIGINT NOT NULL,
    "revenue" VARCHAR(40) NOT NULL,
    "cancelled_units" BIGINT NOT NULL,
    "returned_units" BIGINT NOT NULL,
    "line_rows" INT NOT NULL,
    "return_rows" INT NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "refunded" VARCHAR(40) NOT NULL,
    "order_rows" INT NOT NULL,
    CONSTRAINT "uid_analytics_d_day_4a99bf" UNIQUE ("day", "currency", "channel", "country")
) /* Sales per placing day, currency, channel and ship-to country. */;
        CREATE TABLE IF NOT EXISTS "analytics_daily_sku" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "channel" VARCHAR(64) NOT NULL,
    "orders" INT NOT NULL,
    "cancelled" INT NOT NULL,
    "units" BIGINT NOT NULL,
    "revenue" VARCHAR(40) NOT NULL,
    "cancelled_units" BIGINT NOT NULL,
    "returned_units" BIGINT NOT NULL,
    "line_rows" INT NOT NULL,
    "return_rows" INT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    CONSTRAINT "uid_analytics_d_day_f73cb1" UNIQUE ("day", "currency", "channel", "sku")
) /* Sales per placing day, currency, channel and SKU (no country: that grain would be as big */;
        CREATE TABLE IF NOT EXISTS "analytics_dirty_day" (
    "day" DATE NOT NULL PRIMARY KEY
) /* A placing day whose rollup rows must be recomputed: marked in the transaction of a change */;
        CREATE TABLE IF NOT EXISTS "analytics_rollup_state" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "cursor" BIGINT NOT NULL,
    "built_at" TIMESTAMP NOT NULL
) /* One row (id 1) once `oms analytics rebuild` has run: the outbox `seq` the rollups have */;
-- Reports of returns alone read only the days and SKUs that had returns (services/analytics_rollup.py).
CREATE INDEX IF NOT EXISTS "idx_analytics_daily_sku_returns" ON "analytics_daily_sku" ("day") WHERE "return_rows" > 0;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "analytics_daily_order" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "channel" VARCHAR(64) NOT NULL,
    "orders" INT NOT NULL,
    "cancelled" INT NOT NULL,
    "units" BIGINT NOT NULL,
    "revenue" DECIMAL(18,2) NOT NULL,
    "cancelled_units" BIGINT NOT NULL,
    "returned_units" BIGINT NOT NULL,
    "line_rows" INT NOT NULL,
    "return_rows" INT NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "refunded" DECIMAL(18,2) NOT NULL,
    "order_rows" INT NOT NULL,
    CONSTRAINT "uid_analytics_d_day_4a99bf" UNIQUE ("day", "currency", "channel", "country")
);
COMMENT ON TABLE "analytics_daily_order" IS 'Sales per placing day, currency, channel and ship-to country.';
        CREATE TABLE IF NOT EXISTS "analytics_daily_sku" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "channel" VARCHAR(64) NOT NULL,
    "orders" INT NOT NULL,
    "cancelled" INT NOT NULL,
    "units" BIGINT NOT NULL,
    "revenue" DECIMAL(18,2) NOT NULL,
    "cancelled_units" BIGINT NOT NULL,
    "returned_units" BIGINT NOT NULL,
    "line_rows" INT NOT NULL,
    "return_rows" INT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    CONSTRAINT "uid_analytics_d_day_f73cb1" UNIQUE ("day", "currency", "channel", "sku")
);
COMMENT ON TABLE "analytics_daily_sku" IS 'Sales per placing day, currency, channel and SKU (no country: that grain would be as big';
        CREATE TABLE IF NOT EXISTS "analytics_dirty_day" (
    "day" DATE NOT NULL PRIMARY KEY
);
COMMENT ON TABLE "analytics_dirty_day" IS 'A placing day whose rollup rows must be recomputed: marked in the transaction of a change';
        CREATE TABLE IF NOT EXISTS "analytics_rollup_state" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "cursor" BIGINT NOT NULL,
    "built_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "analytics_rollup_state" IS 'One row (id 1) once `oms analytics rebuild` has run: the outbox `seq` the rollups have';
-- Reports of returns alone read only the days and SKUs that had returns (services/analytics_rollup.py).
CREATE INDEX IF NOT EXISTS "idx_analytics_daily_sku_returns" ON "analytics_daily_sku" ("day") WHERE "return_rows" > 0;
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztfWtzozq29l9R+ctk1+vp2kk6vXs8U1PlOE63px07Yzv7MttTNMFyzASDN5ekc86Z//"
    "5K4g4CAwYb6PUlwaAl7EdCrPWsi/63s9VWWDHeDURdl7He6aH/7ajiFpOD6KUu6oi7nX+B"
    "njDFR4W1lQKNHg1TFyWTnF6LioHJqRU2JF3embKmkrOqpSj0pCaRhrL65J+yVPkPCwum9o"
    "TNDfs2v/+bnJbVFf6GDffj7llYy1hZhb6svKL3ZucF823Hzo1U85Y1pHd7FCRNsbaq33j3"
    "Zm401WstqyY9+4RVrIsmpt2bukW/Pv12zg91f5H9Tf0m9lcMyKzwWrQUM/BzHwX/XEcQJt"
    "OFMB8uBKGTAyBJUym45Ksa7Nc/0a/w54vz9z+9/3j54f1H0oR9Te/MT/+1b+0DYwsyeCaL"
    "zn/ZddEU7RYMYx9UiQx0HNbBRtT5uLrtI8iSrxxF1sWxvtBuxW+CgtUnc0M+fnifguPP/d"
    "ngc3929uH9D/SGGpn89kMxca5csEsUah9a9j8HtG77cqB1T/jY+o/q0cG9+PHHDOiSVonw"
    "smthfF/x40bTngVLV/LAHBErhLYzTesJ9lUmsK9SwL6Kgy3pmMIhiGYc6xtyxZS3OGHFCE"
    "lG4F45ou/cgyZOdfIDV1NVeXMmRgr4i9HdcL7o393T220N4w+F4ddfDOmVC3b2LXL27ENk"
    "nLxO0C+jxWdEP6J/TSdDBq9mmE86u6PfbvGvDv1OomVqgqq9CuIqsNS6Z13UQqMu6tJGfi"
    "k07BHREsa9Zg9dQ4bZxSQ2zlTPWj8HlAJ64lGUnl9FfSWErvgTwtjIuy2mCMSmw7Ujevtl"
    "hhWRoRkfd0fhnDvdNHbU/bPuQ0/R0y60JDzjl7YX2+gZURWf2E+i96Z3cvXzjaiqWOnwVH"
    "fnUrrqHmgEqjuo7qC6g+p+UtVdVBRNYu8Igd7ZxE9vfLiHqrVlkI/IVxRVCcf1DH5XxxuJ"
    "zv1sNJ2NFr918o2HJ9dD7tFSHYync/I27yHnYKnOR5NP46Ew/zy6vxtOFsLtaEavc093io"
    "zveZbhPU8e3XPe4L4Kxk6ROUrjtaYpWFQTdMawZGQMH4loVYPoLl7H1ROvp9NxSEW8Hi0i"
    "OD/cXQ9nZzb8pJFs4uDLwQedKhqavsK6sNMUWSr8OPH6OeKzdN0ffJnOboazvA+TJ9hD3u"
    "FSnQ3/MRyQp8X+X+Tx+EuGp+MviQ/HX6LPBrmJ+IwFAxOrmPN0JL9hYoLt4y0qedPsdPwi"
    "a5YhFEY+uQcYggOGQLBUU+YQd+mswr6+gGaoG80QnAmkqx2WTMEQ19h8I/qaJj3nVBGSuj"
    "iiruCdaayyIFkEty15x0tUB1AEpndhjo2eOhQpvYDmlmMwgFn/Dpl1SqQKj2/CRrN0Dpma"
    "SI7F5PbzZGUNNCOw6kuUgdfie1AnCnktmEF7oMtiSvto4Bqa6LAIudJFHZMVxcCCIqvPBy"
    "LluCR+cftsK2iigvVDHWF92kdjV5HjesHudW1lMc9VzAvmXuqmecF2gUbgBTuaDlexF8x4"
    "tvKwOU5z8IGBD+zEtNgj0TVzenADIqVwj62evztdljjo3mBJ3opKEr3oyEQVf1vonSPcwA"
    "mdgu7NcDC664/Pzt93LyJshQv8+3g8oKXrWE3yMyURRr7MEX1KD/ObnN6kgnP4MsMUvkyc"
    "wZfx+Fb5aWMKT7q4zcMQRMUKEQQ10zfLZgiAc0uGur2cG/BC7eWFguO80rUd40kNa7dTZK"
    "wLuSyvJHFYSO2FNEbBpSAfh/1W08kLSv2C32KBKAmxwoGumgV2EktCTuviq0cQJE44ggVB"
    "ANuq2Iw8FrPRgAxAZsaTknm4DNpzTPpp4KssE4vHPMhEh3tx6KIDgtppT2PaUVux2lnkNS"
    "gaWChtet07PbZ+mmnr9cEuCHclDLCdbYSKXFGNdTnziz2TC6fDts2vKsl2763LYduDb+Rk"
    "uj2oAgDf3igNr5vCt0PWCTDuDWXcFSySnoh5LqzEtzyUWlzweFE3P9V6nQBKDSg1oNTaSa"
    "kVCrXyuAwn2uJQ+zCzqVPPwd8XQeTmLh4cRuR21FKkwsxDmaRDA98nQDiUCxVdswS2aOmY"
    "fGvj0EXrhvRHK1zM7N7aBFuVlIMfMMrhHELRpMmkw2uoGbAOR1NxgXUA1qGBC90RWAdJs1"
    "RTzxco5Yu0EeUsGCcjHMVXx0/O2zgrvL5E+zK4zzNN4fOUKXzOIc6IwmNavBX4VtHEJNIs"
    "IBTBeU2lmod0Wgzl9OF6PET3s+FgNB9NJ2ELnl2kp/zIytmwP46irKlPBWAOSgHOGXDe6b"
    "KmyyZnRU5U04Iix6N+yZNYa3UNyF8gf4H8BfIX+MzclJNTkRPSbSFQD+jyWiAmk8llisah"
    "T+M96WdBumkrTlAAOgtKbggjrVNWwlrlBjC2dVL5cGkWr2Yo4FVxfXGnkleHV2DcvdZNrT"
    "AebAVul2PNlqrdLngr8mo0JlOrnkDrHC8XV1k8L6RVMnN9dVrfS81epMdwvQAt9Z3QUoXo"
    "CigLdmQ9wwaLo2R4KCZrGJrXpFT14vfg5ij4m4l1VVQEHa875JeELsorvN1pJi1gITzjt8"
    "6/I5rJ72QZFk2LfevA8mF345ZKJYoHOxG+Eyg1R1Vqgtjn0W0ici10zZ9ffMziPb74mOw9"
    "ptciNe8jD04OyDmi7VN9KgHdiWQkXapPWN/pzjqQPUSCK97CKV9+QJW32OfV7mOC7Zvrla"
    "j5/ns3jvT+HU986WPuGTSc3Iwmnzr5QHfFesg5WKrTifB5Or7pIedgqXrbnwxvAnuhDMmV"
    "+/5sMeqPx78J5M90QFR10oJzcqkGrgfO3o8GX+y72we0x8EXuxP6P3gHujHRfbh/59RS9a"
    "55Z26G49HP9jf2DpfqoD8ZDMdjetY7DN5jNlw8zCbhm7jn6N4v7lX3qFNgwl5miVa7TA5X"
    "u4zFq9nzTXjEa03HwkZTODpenpkb7anGiwbM3xbM3+ZU/jvaW63kwn+G9WhqpsjbHCeteG"
    "VQDOpX4iD48fqVRQAGdLOiS73EO3JDQdzSUPa8EzkufRrEqwq/LH0yk8WoENJhQQA5DeSV"
    "bLC8jGJIc6QB7n1zOqEA1D/m00nyfPaEovjKkon+DylydRmZnb+tLVWiyKFHS1ZMWTXe0f"
    "v9PaedVwboFKSQw8ZVOM7u+r9GdZHBeHod9cTQDq4TnoFcgxISgkEpfVDWskrMQ1lUhMOI"
    "EF4/TaRE+g+Lz9PZ6F/M+vOOqeE1YqbWKGKE3T5MbqJGmH2OGmHuVf/cz9MRO2P/r4dR9i"
    "grCtWYCiQbckRrTCEU5R3LzTl0McufexiXbB/YleQgetOUm7mVYXrz07cA7nS46cuHvBFy"
    "71TCF28f+NUt5VSPPS+CuSfYPrSr2Z+agJRrcnsC7QO4/OmsaiYH3AX+lhDF4rZvA7ZpQX"
    "XDXxfploAXUzeeTj65zaPmQRjrLTZFGvaSxzoLytTDOKO3bY1xttPlF4KZUGRoeLIwRKUP"
    "Eav8VcBwisq10LFVstnk1FjLazNFxNrwZjiCBm9Pz5zWUkgIgM4OdEE7iSfbPtgrCKKhuO"
    "W2kMJS7cO5mug6BlqRClAxSShPlKE8kY1aoVpQcVFAPAPizUoTO2oqRruyxIKDbu1WBQc9"
    "LAm5gXUZdRejwLAn1t3JlVgVFjpe/bfa51hxch7yARuWAmT377AZSEiMqAV599Uc+D01DO"
    "Kk3NVuZF/N8HObsJsmbxaXgW6gq7bCG356D9itFL8cXlGIpRAPX7LVFGoK5KHZCbu57sfo"
    "NBUIGwkVVDyra8WzRsIEm6gUgk3Ha0tdHYjVjHXSXohMSz90PZ+xTlo+mUyyFONDH7wF66"
    "SxJOGel574VsJaztSoe7ur1s4l8akMlBbiU5sQylUdKRCij/GKNkoGdKrihUb+ZIT1NtBh"
    "Sx7TIrWkbHsvqaCUZw3uqSolYK/hvtpSHTJECNOID6Stkagi1sGfDLSRiTGsv/XQ60ZDlH"
    "ggX5oci2aX/MUqaUo/vr3rREAqpcP9ZTN/d34prT8F1abKZ0KTq009y2pCgQc+rm77FkYT"
    "lR8GsNa17aFZT+EuahwUANUzWlA9w9QOnK+hDmC2wmytcrbqWDR4sZrJ4fu+RI3nZm0D+I"
    "nqqXG8T8nagifQQnUBSkJD2EeoXfFgH8/4yW7fBEUgMGF/YIJXn/lAx3nbCmp3I17z4LwK"
    "ucwH/fmgfzNM85jnYp+K8CnMNZxEp7h+431siuK2q3IfkCChQQtqG88WMBvHZTYo5DlUFa"
    "d5CxUV2JO9aVrgH5aomvm2AA6KgD7ACQElv8sUdroscWZuamm0sCDUVsTBiR0vjEZfr0KR"
    "8pVhQcB5D84S1VMVhVh8BVYLvvDx1o2mbBwOhln5mO50bWVJZj5Uw0KAKxi8xzN4OZO3BF"
    "zv/Z5aimz4mc0df18lmxAIn+bQCeHg6mQ+QQy32xuc8UA0SYPGUWgqtgMpEFV6kKFZuoRX"
    "iPp6kYhe3a3S0Zmmk880dPXPNHQVGdZup8hY/yEep1Fi30t1qS422JaXDdqSdNdFznj+0P"
    "PiQNBGNNgNWdMdOTH/8pA/5KPr7XLCuBLvO0auAX1yTPoEXtPVqD9g25ePaQN3WCJvwOHs"
    "Z8eRniNswZWjrnj7iLrnx8P+3D5nH8UDA4o47M8/ZKlGE/WbBYrRfAD3Jrg3wYquZMlz1L"
    "V8sEakCiFbsxiYsoGNap8ZkY2KAbTAUJyEofAmYgnI/hLsq1lzNyu40ec2QxkGdxEtAeB5"
    "oKt24ht549SKBXJKjPiznMMFxdp00xght6RH6CHcTwz9spGljc/NGMjA+gtGInL6+6t/iF"
    "5lc4NUzaZmWLsVenxDoqLESaES+923N73/i6MbzwNtc0zaBipItU8tbCO2UEOq6hpStdIO"
    "m4pvqnp44pDYualJz2P8ghWe4hK4mqqyGLSdoHgN9yorA1pSHuvU8aO8ISKnO/m/yNzomv"
    "W0YdqDLGHjHesbnYmmtpUlNP/nGP0/onEoePVEhHTtlePHKr13ruIScOOC4lIPxYWgQ8Y5"
    "F0foS0DkUlRf0bGtw+fAMygCgMYIV3GNzTeBLTp5GNeIGAAbn6k2wbXTZN62xSnTNSIH0C"
    "ZBW8DnzBMFgKMAK9pr0opwrWkKFtWEWOegXATWRyJYFa6uwnDc+Obr6XQcclVej6LJxg93"
    "18PZ2Xkk+plTyJmph4UcyCHJEhzI9SRk6+4vdjFJdRizi84KlPPJiooe8eHyzjT26YJNB5"
    "LfHM0Mz+A8bvGigxDpB5RxA7BNoYwhLL/ksHzgjIsDnDGkIJk0DnK5L7iM4t7U1Lhz+moR"
    "8vnqnRah1z3Qkhj2IKr7SPZtsO1enp2lYDAyu4ccqpNV1XRpOkSmGTJJI8PasswPcmxgRO"
    "5tikacWD+8uyw5HeHFJfQk2HUwfG9D/mKf1/LT90Kz/+Xi4vLyp4sfLz98vHr/009XH3/0"
    "3pjxS2mvzuvRJ/r2DOmWkPwBKmH7sE0qBpgtCeTAwoBHApeoD4Ph6H5BMz3YwVLt3/zjYb"
    "64G07ISf94qQ6mD/QU+0dTRFiyiJc14iWNeDkjdsqInS/iVnwUqLYyHXxx6z66n916kv71"
    "8Oelupj1J/Pb4ayH3KPoC+k0CSjOm09gr7X8vkZfDrjwJI9jbmzjggBuFFyovFl1zSUdr7"
    "GOVV55oGSUQ0JtqChbeeUwzeQAnFyv123fBmzTKOMqqvU2K9kS9o0uJdcyYmBnfwvHBcHK"
    "2E88R6InD00HCsVsNgzpzBlBsYlWq6Sge0uXNqKB7axCDu0XbtBNo/12TlPBc0dXXHQ2km"
    "0FVVXqFuXawEoVN7P+7aKTD29bqIfYv6U6Z+zE3OElJrej2R3bicI9DO9EMRiOfo7uRGGf"
    "o7yEe9U/x9vbogjbcJHNqkgxKkDbPeHeFEQr2oqmLHH8BvsChjw5iBbKES2Ev+2wVMzAiI"
    "hCNF59woM4JgVWzQJjHBCD8a3z+AJP8B3yBBDq2bZRzxLqebqqUbUbZPDs1xrbNM7tJPV3"
    "6gZyuQV4IN6zOMIlxnvSOsoHxnqG6El3T6yWIF9pvGccuH3k7/4dx8IEcEVbj/3O4ZndgH"
    "ioaXBKthdqPVcRZiRh+aXYtjdcWQg24m6VJRHLg2Ma7t0py5U7eAOn5jA+hfZvghDrirYX"
    "Cr9y88HLkwWUM+TfxRSQQ9Pwok72huGdORmPN+NgG6JSIa7vNkQu/eAOAi/JLNKkm5pm5t"
    "r6gfmxP9Gs7+398yea+LXGOlqzzYGcXnqIvtO7SMHiClFOt4u2sipvra2zC5CrTcWTzsrt"
    "mmv7BNkgsHrqYPUU0BxLUxprukiVpjVKlk7jzTlGT3KQelDmiHFDD/O8m9sUjFK/zBC2c5"
    "kYtXMZ28CWrEUCXYuElfjGIeMS14e4IGwCEdfPnfVdKFyZLLmD42nq5w0BG4zMtu2+00Zk"
    "wdd3BF8f2JHV2ZEnLgR+T3oRn/j+KudSN9VLFWhUcX7CRt7RCij5a3+AVXagVfZKnueNKT"
    "zp4jaPUhsVg5cWrwwsM0WE7TaXtRCQAUOBE1Elr/JiGhQBSOOQbuyHORemIRkAlWMLBN5p"
    "OWyBsBQsqxlsAQeyMmyBQFcNAzmzLRCeYLXSV2XpeSEazx2ewupeS9dYSSvBdJtl2F9PNB"
    "Hd2o7K0R1lNEXBkmkwZwQ9bzsbZJV98OL5eBvqFe8oi36ckKRL57Eua7rDcwXSLlhqb9B3"
    "CGm9kNabiZ6f3g8nOfl5JtND9O9S7c/no08TmnTrHi3V0US4n00/zYbzeQ8FPizV6UT4PB"
    "2Txs7BUr2ZToY9RP+Wl8Fbfr2w4GOXmT71RSC2LFbIyjDImxrnqrIUlGlDavQRqlk1K6cP"
    "0rt6kNQHo140qc8U9WKjHpaELO36DHL82Za07Y7ab8X2PgrLwkjXeaQLBC5DvDKk59aFpi"
    "srBLztod/5Ir4hKbfRSbkOq9m2fNyQGiqJ6qH71JAuhi/t4uW5vqJDccruvqinnnbkzO7g"
    "05fic8iQz+36HSpL5XadGoFoI8hmOCW1DyG0FbnNn608HLDTvIW7GZRfZP9R1CWyduWBNy"
    "DSPoa9AoRlVVA0yXtNZ4Y5IgdY78caimhUkBdCwxcKldDgSIKTMx4SpulmEXTjggBuFFym"
    "fufSxgISsBrsJ/BcE+TQjJBAJFfDAM5KMgUmVp3i63wahVdQIMixpJQSIM0E/JJrt1oqgx"
    "TtqYeIoP7GPneRKEl4R4YeaTpSNbPLYuVob1h8lBVu2YBDO0u1rCVFpmGR7Aceal3DjrT0"
    "2jF2pI2MWg6dOy4JWvd+rRs2HKw6RGuFX+R8uw36Eu2bweeZID5Pgfg8DvEJiJB6T2Swzu"
    "uqj0d20qXfjztrs+xk7UrXeQJ3+oPB8H7B4sedo6X6y2w6+SSMFsO7HvKPl+r05+FMuB/R"
    "jaa9w6VKe6dH/evxsIeCn6IK5Wlix4/IcNd6aS9/0YHo5mTomxnnmiW6GYgfIH6A+OmmET"
    "9uXAiP9wnEjKTQPsFW1dYC8eLfWA6jJOo6f+NSF2tIaYSUxvSUxvv+4Mswb9FBR4puN0r/"
    "L9Wb0fy+vxh8puf8Y5bcuJj1J/PRguU2OsdEOX1YCLfTmXAzHI+Icvob0VEjZ0if9hHr0j"
    "1cqsNfqeI7mk56yDus83amdDV4Jl9AIMP/yIvxTVZuOaKlKLqnfQQrVnOxQZRQpq6SdVqm"
    "LHiRrTaTOoEkkDongdCaXIUsnJAgGDh1GfQsBs5KNnaiKW0KjXtMGJ7vOj/fzmJcbKgjsj"
    "DSdR7psGWT0UoJC0HZrThJvtK1nUDNVUHH5AcaOSO0k8QB6jjUkJDahii2lk/SU2b4thBa"
    "SPDdp5y0JMG3ZnO35Pze6JJ7XPdGQ7FN8m7wYY1pUiVgfEP6pA6Lmd9jO6FOUkMz4O6YCC"
    "WgPfB7aifKYWvqgFIATqX8Q6sB+PX2W/LqC03MEuoluM7KNtdL8FwiLMr+QMAWTmetq55w"
    "DHd5Ul2A6Czc7zavqCxAzHcO+2gkziSoB9AknKEeAMRoN3O6wq4PsOvD6fWjbnN2fQirqB"
    "x1K6bDJutbYd0ZFK42K1zNC0TMDzYEISYoM/EgRE1i+1kXiZuIiLYwOKpNcRNF6iu1u7ZS"
    "JWnIEGT6/T5iOpaok7LIWhoRbeFa2uJAUzBewXgF4zWP8eo6pJNcBaHr3TTT1ff4HslXEH"
    "Asg+UKroKGLrLgKgBXQUOna6H49BKi0tuIa4qudcros7pBnVXjSgk6q4nC5Y5Bis4VGKYs"
    "aldgnuwvazln9DGSNqL6hA2kEXMQmRtds542yMA6rcdmvKN9067RmWwaaCyvsfRG1tof4o"
    "UtD++OW9rSi8g2rN1OoaF80aqWv3uXYJ9o8GXkKaowG/7zYThf5K+r4An2kHe4VAfTye1o"
    "dsccC+7hUp1/Ht3f03POQZ23hIbiU8nQt5cyg6112zbqHIY8FqNLfula1rcFN10Ny4IrpD"
    "4DzafEd8U2UQ5JwijXeZQhk7kCNi5sWGR1JoWlAFnIuz1N3q1nMh8O7DzQVUuxjTy2B6TS"
    "wVaoCZCXnUsXdU22ZGZWmhk2w2tLDfNh4SvdNK5R99scs4Sqjk1LVwXw956K3RO3msWL9b"
    "jBkrwVFT64vlDUdLCl3jnSzX10eWDeDAeju/747Px994LZA8RKkO3XiEvKvY+FKrLoXVXi"
    "OCdTdv8JyLTQA3yZgd28TCQ3L6MIq5rJqT+ywN8SVga3fRtibdPs3OGvi5CJ60J4dtf/9Y"
    "eQmTueTj65zQOQD8bTa9hh6cihzcDUJ6PfTM42C1MPHE8VISxR1TI7uFxZKLMGdM9J6J7w"
    "bCwB3hnrsPWFqrhPcQhu8k3Q5GE8PlXEkD0QSQHagavddNud/c5qYrOjNjqbVX6870Fb0Y"
    "L1DtHaNcIZorUhWruR05UYRka+pGNfooWT9iqTYX6VYphfxQ1zYuyZGtumpMAM5gsfby7/"
    "2JCJTDcE0YxiGHNlAeJ6msW1W0CqzvM4sQVXN7zLM+FOnPMRHohEIy5Tvkd8lhzNFwtmG6"
    "RUHDOl4r4/W4z64/Fvwmw4GI5+tutIRc8tVf+qe9QpoBCWX9EJHGHgCANHWBdSVmDUS0hZ"
    "AfcneOZqYnDs98xlCRS2oykPDIL1wzbb4Z4rO0g47B5ryXysNES4v5MX2jNWOxw71bvWTT"
    "NRxZ1MTEq3WZXWKVikx7RI2f8YrMnmjNv+iBZoTsOzTrYMe2KEjWhs8mAclioH6dNO4opd"
    "izvy2pW/5YHYl2ihWV5+GQldUxJWif2slStbZ6A7/Zu70aSH2L+lOr2f9xD5s1R/6c+Gn6"
    "cP82EPeYdLdfAwX0zvhrMeco+W6vzh/n48oufcI1oXZDZjp5wDcuZzfzIZjskZ+6AIqVX+"
    "8BqStsv1FvAE2hBLH3kPXGVZnkir5PfAVWyBojWUVKwQBFe5cI7KtQ/u8l8GwB8mQ99MJi"
    "kLf4i/7WTSW5Fy8CFJKIlRH7owPso6ftGeC5aAD0rCKNdtlGMM5mm8+r/gx42mPfdNE293"
    "XLd+pEU3jTR5tduSSec33lvFcapidD+dL5C2RiJyt6hAorpCrxvRRBL5Poj+WnRmbrDfQN"
    "GeOEUcD+6tZMLmWn76Xjibv1xcXF7+dPHj5YePV+9/+unq448eeRO/lMbiXI8+USIn9Dxm"
    "SPC2J12h1TIq20JdqOkLZsh+Y4EhCdZFclWjsBRkucVjJhXyy1XpTdhyPBaJuIaFwEfJwR"
    "Xrer4oGk+gfRZwVUHrO3JTLOBvEtZ3nBdAWopAXLaFsJ9fZIH9/CIZdnotEsbubiiWV/WJ"
    "CLZp0TiCGpQS/uACGx+O3BEQjuZ/E+ixYSOSNRYiMhvrFHYdHYRkCy04TvtNtOA8KTuP1r"
    "AefWnSiO0DzMuh/T0Q4qvib6ZrOFIt/N+0ala0J/GJqJFPZALaczV05oDS+WCkHctI86ZC"
    "Hl3oJXFfu1o51WrjEbABM/Af+WZ6SKxF1tFRpnwwBmInS3nmtycAkzvD5I6/AjJnJsQkWw"
    "j4ZRYt/zJZyb+M6fjRN2z2BSUqCVp+4UVlJ74pmsjB/x/z6SQh5McXidKZsmSi/0OK3OSM"
    "Sh6WFIwQhxkrBRit+tcNk5O0g2gpQNjT/rtilflvlJomK94PJzejyadOvtF1xXrIOaDRXI"
    "PBcHjDdnlyD5fqbX/ENnmy/y/VT6OfhxPh4b6H3KOo/+008VyO2ZiHtA6KQO2E6Osmaozn"
    "XPc44rD21XrtgyCy5GervUFkRDWxacCCIUZRaQgzqvMzDinHbXvGOcMeyz8MUuh5d4GKSb"
    "bJgq8qATnqsyjHCzeP9NowzLN64jhzrnhysquBKtoTh7jKkYAbj4FsCfyVJuHyZm6y+zI6"
    "wfe7MGPOQcjSbdIS2k1xE1q6kofZd5q3kM6/+DFrmm5qnm4sXsrAxG7LFSXlS7QQ5vOLj1"
    "k4qYuPyaQUvcZxBHI4qWTK3pcAxv4Qxv6VwCMk5/AmkPUhqfYFAJZPu9qI5U6mjYi1D+lK"
    "UmqJYiO/cHC+1siMFdUEltsTiqD8SKSqWklcReS4K8n1dDoOrSTXo+g+Xw9310MyxSNb2v"
    "Gi4I0C4TNBqdZ4FI7s5qZfAksWnbTCWpQVS+fVTkocgiTx1gxHaQ4eSdYlSzYFsgargqWa"
    "Mkff3sP7c3sABrg+VCB4edrPACd5eXKkF8dyB+RD69W1N3Gg2qJ1Cta5Kdj2hW5quTqvSb"
    "WF1P0ol2dyHsqpH5cWY5jHYM0Wn+TK1pm96czHfeF6NuwPPveQf7xU54vp4Mv0YSHMRvMv"
    "5FLwIw1emt+PBqPpw1yYzm7sklThM51sw1dxJK2B6erK2+slY4hZQL7Wwzia3E57iP5lFc"
    "UmLNbMOViqg9loMRr0aVEw56jI8FRQFcx6/A+W8pGivkidB6Q4+ZyNe85TIpLZC5JoGfk4"
    "o5BUKZRRjSpEXrzPBPT7FKDfx4BeEy0gF/vsCRyffO78bW2pEgURPVqyYsqq8Y7e9u+dah"
    "W8o1HSDYwtnt4PJznhZzK0kuRwslT7gy+T6S/j4c0nGkIc/ER3O5lPx85uJ/ZRPV4BzTKQ"
    "j7pgtcs+hri4No96lrg4YrKTKwpePRWrGBUXB+6zPsPNi3U2NOWlYKBzSBTGuc7jfOQNy2"
    "o2ksfYr8yp0ZyL4QsLtai4QFVRxA5gcYhzBxAP/J6ahXDWmOHw3KpT8Z6pZT5q34a0rkaH"
    "w+sHL3fT2H2NNRSw17Jakn9nPRJjf4Ptgjr4D6imU9NqOrljVMos7vLd4A+lXaC0Sx0Ah9"
    "IurVxUoLQLlHZp2GA0jhQIabQ54qdDckcMofbONCqGOkfQWZVW1wyLzJX4D+2xw7G6gpe7"
    "aVaX7jQU/uO03LuVRR+5Msikm01sLcNEG3IHrCJxbWIdiUjStlvZRGdLopNo0jMSdV1+wS"
    "vSp6wobGcKtjOvsez80I06xUq/wVJ91WXTJNIy7REjg26PQX6laji3EQ0kmwZirndkaPZt"
    "yU100diQs6qqmUjRyDXZfLdUl+qCdLLTNQkbht3W/joG0i2VdoXIKU2V8F/RV0kRycq4so"
    "OHvyLZvhN5GA38DvURQR0Z5IqyVImhipmU34L8atYnIrYxOqOn3buuZLzqIk1nv8eDi4aD"
    "49UP9C5EakmmDnkg0CPdGeTNFf2T4bd/1fRnrL9D7mwxCI7k9iu83WkELxP2Cqm/jlUkkI"
    "6PfhOC52pjxoFCezKFtlnxC3UZisaps6E3Z+6Rjgq3L1ilTWMNtQ1L3+PIMIWEDXkW+Fta"
    "dmerduVJe0iGvy7S303eMzKeTj65zaMvrNpYhFNq8NxivKLddXieuFCDbqovjjYV1sG2Ge"
    "xCiRhq2hbr1MQQTTIsof0J8QqxbnvEyCHmEzHj2McuwiuZ3RitNWravW6IERPf87D87qEe"
    "Tr0Sf+xBjQM734qKkoiuL9Umev7y4qcPHr70Qxq087v+eMzLM99uHV961hdAQARW/2yr/w"
    "nDsmo3d48QlwW2X8vCmCF4/Xsc9SzB67YSmkvVCoqUow40XuM6yDqJDEZ8JKYqXmjkT8Yw"
    "zanbS6OGIWuMZnD2ZYjQPMjaW8jSM+YGXDpXumn2nem3qTbK0rXZBLwVZcXZ79DZvZAee5"
    "BBkYWj2lqRccmhssYl26i7VlHcrvWFLf75QF75o+mkh9yjpTqY3t2P+2RC9pB3SFNjFw+z"
    "CU2Mpf+X6s1wPPp5OPuth9yjpTpdfKZVLti/KBuUzf7IZH6kWB9QO+EUJt53mEXu7FAlDB"
    "7mi+kdnfXRM34bolTf3voN2Ederjl59MbTOT1j/6/HIyQahvyk4nxxzwGZNrBSR6o/Qqze"
    "x4QqPAnGU1AIVisgpL5PagIIqe9x1LMQUmtZN0yB9LejJXgLDD63A8i0r8+Qx590qKjwfY"
    "yzoYjCyiryUIclYZTrPMqncCnUbDgrLumQ4CfIXdAhq6egZuge7CogXwBNHsbjbJu/sWIJ"
    "Bxaytv0FXoGGhqmbSYCHHvstNgzx6dCK3zZQd3ZfbYKqyqhEG7S+aYrSZptQIiTWprvfd0"
    "V33g423xueeIdNkbpD7KDBtaxg9Ix3JiLd41eae0W+uoYe30xsZ0EZpkZjCumVeDDioZ1l"
    "cZ05kxacY0d3jrH/MViTiTO3fRs5s6urTI6wqxRH2FWM4Zf/h7fHU1pJF0eiTSGex991iK"
    "Z05q46EpVr4SQ/z0QMn6cQw+dxYhh296x4d8/A+zH7KzAs1KblpCqDbuvruweadG3Vn7sR"
    "2y48x+pUqi9o6iXq4RlK9TkqePZSfZ0+smX+ZKCNTLXhtx6y/Y1dZLvsEa1wSGy0LrL9vV"
    "SzN3hpQMU7yqJ1Oz8NlO76bPvDx7UJEVGF35hlh12sdW0rHBZYE+mixoEY32lojakdOMKh"
    "Dur8WH2nA6xqZj5awmlf40e14AJ5lcmiuEoxKK7i9gQk70GsFETNdEuPlfI16uxKc0gGrP"
    "T9Vrqf0FOKkd5AgLNa56GpVT/j3KVHEs3zAH+y10APcDcV53mB2Xwis5ksvZsktWW/yu9L"
    "11mH6fi6va/TO7o8+1dEPz/PxvmnUP6gQB5bgXzUVpyMhuRyJm77VuB77GImoK0nT3XQ1k"
    "FbB2297tp6qL6kEyxWSgxgOFStJdBXGgY4cKoGTDRTXsuS6HzpmI3DbddNM3W8egRqVGSv"
    "U3KqYuSYSMjUWN1At7cuitSMD5aL19bolVV9p/XiV7Te+9mrbG5o3faYv7KCeyzVr24X74"
    "I/+iuyt1BDzC/7AxLVFTLIES0AT7sPtnVKvyNWH5deXar2ZXLOFJ8xLVOf2Wfqew1UoooJ"
    "TmVW+vpnNT6c0h+57EKoEk+vHaNKfO4CIFD3A+p+hNfR+ejTRBhNhMH0Zkgs8sCnpTqd3Q"
    "xn5HhyO5rdUY9a5ITbYv55dH/vX3c+kqsPC+F2OhP8CiHRM171ECrtHbo1RoTZcDAcOd69"
    "0Ana4vZhckNP0JuyFqETRWiF8vcvU0T1yeJGYCU/o0GZOk+dgo/pxwwYf0yE+GMUYbo2xt"
    "FN3sjBbQ+7OBywi0MDy7w4cQOdnMujI+bFHSzV+ZDWQ6J/yfEXZ+FzDpbqJ7I6TYSH+x5y"
    "jwrxmx+y8JtRpiHAb36I8ZtQpL8MLj8Q0BHRlmO4ptNsHPEWcm0N4dZcTFLJtbRdGdJe5m"
    "3bleEI0TzAXiej3172mtIdRUo4+GJQv6FuC2iMRz9NeIbLTM7wmvygzUJ7xqkMZqhdNxOD"
    "qdsigunJ7KUwF7pIztjbRtr7m6j41WMYEeuJEYH2BecOzvkzXTMZG/jDO/R1LW5l5e1rjM"
    "As/Q5L1ZRpWjTN06DEp8Ms9tCOCJIHkW7sIiJjR5lLSpfam1jSzyuD8ZivG03BtjRsUNlk"
    "6pHNEWEjGps86lBYqhzz77SDUfFWlfZzlwdiX6Iq6/p0+JZP0AGDXjWDTjP6VKwQCFf5ct"
    "cjcu2zncpfLcBwSoa+vYYT/raTSW8FRj0s2cJRb8goZyKgaCxBkaK1BlSxrO341sQ+Dkbs"
    "3BMrEOuYOm44FnJCy26ajRyMXRF2YaF8O5O6rlFms1JzkrrYmWH5hlYaDZJBryIxPc9o7Y"
    "A/E8uTKg/EXFVexTcDPWk0yOaHPduTlncP2KO0XukWp9b1a2SoVqLpnyTYoWYvpEpjHbQd"
    "VdHJ+hJHODngISR0/KiHzt/WlmqHRT5asmLKqvGO3u/vneOrBJXEQsB2AskPQzNtLo625s"
    "VY10BZmxO9Y6QOKC3CUdACV1OVMqq9CLLq0SsV55h6r1LXHIGQ4nry+qdWkk69ZB2BECVP"
    "XG7HSUiohUgDFwrvZeBCgSsDLhTGt0ed2LLChip31DJHEoKXD95LvkTrxdSk5wVNllwzUy"
    "FuwIQadFNtGNpUMINt9/LJD6psGkjB4gtm7K6hWbqEkWiilWzsRFPaoDMygZ5oUNNi1p/M"
    "b4czOx0TqyaNmSIypEtTVu1cTDGeNlr+LZYqo5/pbhQ6lrD8gld/pYmnj9h8xVi1yWlJs1"
    "STNEZfZVXStuTLfKUXcuxaYX9RJ2E7uNN74NtErgKDfUwGu4F5Nzez/u0iJ9dnC/UQ+7dU"
    "RxOBPSYjcso/Xqr3/dli1B+PfwvkCcbP0VRBP4vQPTfoTwbD8ZiVCXUPow9yJgvxSJVCk+"
    "vktKlS6KnK5OTbazks1UJjvJL6T+67r5DiHhMG9b3O6rurpBTaeDUkCuNc53FuFsd2VE2w"
    "vRQbODzbNupJDs/Q6ztmAma07eKCUGWOk08esr0zQhuSAVT31+6zAYsjnLt23y+ijjeaZT"
    "RxkfqvO432lO8Lza5Q+b4ZWUxmo8Gik7RCAMKZEI4vjQkwJ1O1geg7WT10k+QQ9Tom/bUI"
    "+0orJMaB20dsu+hmJbcFxRUoNU7n906QPd/p2sqSnNgcCFM+Ecn7hyWqpmxyKKlEaIMioA"
    "dwtCuPVSgALlcWfIpRiJ3FI58GGxaCqcvB1XsD5CvrHZYCZDMU9g68CQ9UXmM+7IYhnVWB"
    "jcwyfo1vziJRAsT3fk8tBTe8Nua2DKrUd/vWSk7eijhwNVXDFWm7PBsR03rchiVJ2DDWls"
    "K2DMZ/ZjsG07ozW8suV4PO3NLcTu1s78JO3mGqR3NSAMvtGqraNDT6XdtRwLgMRrI/OCTU"
    "vqIr5Ydmw2ZLVTvbGWCCrim5kjHDUi3EuoK6ugwyu6xVLgU9LlhIR9/v3G4eNRJFl33KPY"
    "1dqTbERR1hxbBfYvmW5aBM+2A+zwTzeQrM5xyYH/+DiU7PYMqDdFisfWCXr2Q4kPEW5b04"
    "cxfkslA+nSZXyYyW1V2+ggSewEHFCGo2m49ddQAir1oWg5MUeVWTtJ2pvsL6vfi2TeB8Qt"
    "e7aayPRlsKu0DTTLyPI2Dvj0azYGg/K7vAsGEiUUWsY3RGaZknMltfxbc/GV3ScqfpZO5S"
    "xsYwxfWatGPUjVNfMoELqvZ2WZJxbJxgU+5ju19bv+NX/2HxeTob/au/GE0nPRT6SBNj7h"
    "cPsyFNi2EHS/Xn6eimh+jf6JNyIpN7SxPdOK89LMlbUUmwCT2h6BvPlnrnSNdnnMpQPW6G"
    "g9Fdf3x2/r5rF0UmLzPZdiG40L+P775h6bQ+X76UmIBMnSd/QcX5MsMcvkyuOh1FOFQCMS"
    "vEIaH2GYDnF1mKpZFWySvFRaxgGhDNVdNGzbJDIBmguCES4lZc3TS7+hkUgWiU/dEoDK84"
    "vrnjJKZuPw2DN2uURHBe5d1jvnKDeSE+dZKMZXqtu99QNp1mGQolk6aIlosI2abs0EBrWa"
    "GlJdaslrFzjsYwEBFzo2vWE9udHLHB5lZILrdzbiiyN+Xpb47GIP/unwVb+Fi2sDP5smpP"
    "TvMW6k4VuCfgFQqvUHiFpr1Cb0RZeWPg35I3n8F7k0abpL5QyX2UN1OWDGFFxQRvfux/uc"
    "5FBRtoR15yO0WUaEjgSnzrIpf26Lr0LqviZGzk3Z9NzS7IpL/F36YH98Z9fZI+6LUgFeP0"
    "ww5t8cNyeyAQkV47RiCiM5hxg5oPvtM8zYpu7gLGZTaJFQy85T61pWTeMrCcZAbYF2khvh"
    "WphXnqXfoCkJIWDR+UqF6nKDiPkh2SAUijkFq0tmU+xcATaQ2aR9ENgu6iF6xaHGdRqscz"
    "IHUal2dVg5DF3/kxj7/TfeKFApObIwzTvOg0Ny1dLTYMcVkYhWKjQJPYBF17zaODhGRaA3"
    "yJxQfo5MwLakQKYI1pdw6jEYM0bRcVT6SF1kiWzdGT90aPbY2u47VFfhZHed6jd/hioHik"
    "KR4275pzWQgLwapQo60NGBk9f7bS2WqvQTcPV208WxUw1fMvD+hM9bjlHjI3oome6OigV8"
    "1SVugR0x0FHuWnw0jsHDdaqiLbbdfxM7OyZvTz1sDKCzb+yvp6fEOD6cNkMfsN0SgbW0AX"
    "XxF9MFJczOkcOQUZ+PEaqaXAjwM/Dvx4c/EFfrx2uhLw48CPt4yyAn4c+PHvYpoDP376UQ"
    "B+HPjxZsDqUEZZLRGnOVghCVZIXUhGWTffbsS3Do9fdK91M1KLtL3gcCNZMkwCTB963WgG"
    "RrqmKNaO0W5oaxkm5fFotYTtziKzpYe2ov6MV3SvUsrQsXqx5B60Yqa2RiLjCJ9wjFus7E"
    "50I1XRredgIFVzWEa7zMOZiOxVhfwj89gg/XYRPUc9GjZlyXZ1tenGtawS5UYW7WqhVjLt"
    "mJVRrAendVJyMQujFSUFa/Jgztj8nNPCsbxnM3g54+Npz3jB8GQyFUohDwg6k1fo/AekEd"
    "0bfdW2BvI6JZP50ZKV1Ve0EckHS+3ZXLtlPmrf0FcD//HV5tLZvQ3S6iX+eFZzm6UqidbT"
    "xkTkKTe1d+gXmUxsy0Sy6VRVMRjXH6L6q6i2+70w+JVljUmWbvDS7lPtRE+mNYrckQ0T+r"
    "yZBfLwg3ItzMJvSNa9i0ld63/1sS5LG96LzbmS/k7z25S6fREs8ydc5l+wbuSslB4QaaGd"
    "eXF1lSUC6+oqOQaLXouUsCEPVQ6EneYtRLeS4qXkjibmFRNLLl8aEDmogGnd0E4Bt7QKpi"
    "d9mf33/wM6eJnh"
)
