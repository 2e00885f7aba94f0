"""Channel ship by hours and alerts."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "alert" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL /* SLA_BREACH: SLA_BREACH\nSTOCKOUT_RISK: STOCKOUT_RISK\nSUSPICIOUS_ORDER: SUSPICIOUS_ORDER */,
    "severity" VARCHAR(16) NOT NULL /* INFO: INFO\nWARNING: WARNING\nCRITICAL: CRITICAL */,
    "subject" VARCHAR(200) NOT NULL,
    "open_cause" VARCHAR(240) UNIQUE,
    "facts" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: OPEN\nACKNOWLEDGED: ACKNOWLEDGED\nRESOLVED: RESOLVED */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "acknowledged_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "actor" VARCHAR(200),
    "channel_id" INT REFERENCES "channel" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_alert_created_547878" ON "alert" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_alert_status_2372b3" ON "alert" ("status", "kind");
        ALTER TABLE "channel" ADD "ship_by_hours" INT NOT NULL DEFAULT 48;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "alert" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "severity" VARCHAR(16) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "open_cause" VARCHAR(240) UNIQUE,
    "facts" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "acknowledged_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "actor" VARCHAR(200),
    "channel_id" INT REFERENCES "channel" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_alert_created_547878" ON "alert" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_alert_status_2372b3" ON "alert" ("status", "kind");
COMMENT ON COLUMN "alert"."kind" IS 'SLA_BREACH: SLA_BREACH\nSTOCKOUT_RISK: STOCKOUT_RISK\nSUSPICIOUS_ORDER: SUSPICIOUS_ORDER';
COMMENT ON COLUMN "alert"."severity" IS 'INFO: INFO\nWARNING: WARNING\nCRITICAL: CRITICAL';
COMMENT ON COLUMN "alert"."status" IS 'OPEN: OPEN\nACKNOWLEDGED: ACKNOWLEDGED\nRESOLVED: RESOLVED';
        ALTER TABLE "channel" ADD "ship_by_hours" INT NOT NULL DEFAULT 48;
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXW1z2ki2/itdfBmnLpsa23GSYbe2CmOcMMHAAs7M7LClkUVjtBYSIwk7vnv3v99uvb"
    "+0hCQkkDrniy2kPi14utU65zkv/Z/WRltixXjbE3Vdxnqrg/7TUsUNJgfRS23UErdb/wI9"
    "YYoPitVWCjR6MExdlExyeiUqBianltiQdHlryppKzqo7RaEnNYk0lNVH/9ROlf/cYcHUHr"
    "G5tr7N7/8ip2V1ib9hw/24fRJWMlaWoS8rL+m9rfOC+bq1zg1U89ZqSO/2IEiastuofuPt"
    "q7nWVK+1rJr07CNWsS6amHZv6jv69em3c36o+4vsb+o3sb9iQGaJV+JOMQM/90Hwz7UEYT"
    "SeC7P+XBBaOQCSNJWCS76qYf36R/oV/nJx/u7Du4+X7999JE2sr+md+fBf+9Y+MLagBc9o"
    "3vqvdV00RbuFhbEPqkQGOg5rby3qbFzd9hFkyVeOIuviWF9oN+I3QcHqo7kmH9+/S8Hxa3"
    "fa+9ydnr1/94beUCOT334oRs6VC+sShdqH1vqfA1q3fTnQuid8bP1H9ejgXvz4YwZ0SatE"
    "eK1rYXxf8MNa056Ena7kgTkiVghtZ5rWE+yrTGBfpYB9FQdb0jGFQxDNONY35Iopb3DCih"
    "GSjMC9dETfugdNnOrkBy7HqvLqTIwU8OeDu/5s3r2b0NttDONPxcKvO+/TKxfW2dfI2bP3"
    "kXHyOkG/DOafEf2I/jke9S14NcN81K07+u3m/2zR7yTuTE1QtRdBXAaWWvesi1po1EVdWs"
    "vPhYY9IlrCuNfsoWvIMLuYxMaZ6lmrp4BSQE88iNLTi6gvhdAVf0IYa3m7wRSB2HS4dkRv"
    "v0yxIlpoxsfdUThnTjeNHXX/rPvQU/S0Cy0Jz/ilzcUmekZUxUfrJ9F70zu5+vlaVFWstF"
    "iqu3MpXXUPNALVHVR3UN1BdT+p6i4qiiZZ7wiB3tnEj69suPvqbmNBPiBfUVQlHNcz2F0d"
    "byRak+lgPB3Mf2vlGw9ProPco4XaG45n5G3eQc7BQp0NRp+GfWH2eTC564/mwu1gSq8zT7"
    "eKjO95luE9Tx7dc9bgvgjGVpEZSuO1pilYVBN0xrBkZAwfiGhVg+guXsfVE6/H42FIRbwe"
    "zCM4399d96dnNvykkWzi4MvBB50qGpq+xLqw1RRZKvw4sfo54rN03e19GU9v+tO8D5Mn2E"
    "He4UKd9n/u98jTYv8v8nj8lOHp+Cnx4fgp+myQm4hPWDAwsYoZT0fyGyYmyB9vUcmbZqvj"
    "Z1nbGUJh5JN7gCE4YAiEnWrKDOIunVXY1xfQDHWjGYIzgXS1xZIpGOIKm69EX9Okp5wqQl"
    "IXR9QVvDONVRakHcFtQ97xEtUBFMHSuzDDRk8dipReQHPLMRjArH+HzDolUoWHV2Gt7XQG"
    "mZpIjsXk9vNkZQ20RWDVlygDr8X3oE4U8lpYBu2BLosx7aOBa2iiwyLkShd1TFYUAwuKrD"
    "4diJTjkvjF7ZNX0EQF64c6wrq0j8auIsf1gk10bbmzPFcxL5h7qZ3mBdsGGoEX7Gg6XMVe"
    "MONpl4fNcZqDDwx8YCemxR6IrpnTgxsQKYV75Hr+bnVZYqB7gyV5IypJ9KIjE1X8baG3jn"
    "ADJ3QKujf93uCuOzw7f9e+iLAVLvDv4vGAO13HapKfKYkw8mWO6FO6n93k9CYVnMOXGabw"
    "ZeIMvozHt8qPa1N41MVNHoYgKlaIIKiZvlk2QwCcWzLU/HJuwAvxywsFx3mpa1uLJzV226"
    "0iY13IZXklicNCai+kMQouBfk47LeaTl5Q6hf8GgtESYgVDnTVLLCTWBJyWhdfPIIgccIR"
    "LAgC2FbFpuSxmA56ZAAyM56UzMNl0J5D0k8DX2WZWDzLg0x0uGeHLjogqJ32NKQd8YrVdk"
    "deg6KBhdKm18Tpkftppq1WB7sg3JUwwHbyCBW5ohqrcuaX9UzOnQ55m19Vku3eW5fBtgff"
    "yMl0e1AFAL69URpeO4Vvh6wTYNwbyrgrWCQ9EfNcWIqveSi1uODxom4+1HqdAEoNKDWg1P"
    "ik1AqFWnlchhNtcah9mNnUqefg74sgcnMXDw4jcjviFKkw81Am6dDA9wkQDuVCRdcswVq0"
    "dEy+tXHoonVD+qMVLqZ2bzzBViXl4AeMMjiHUDRpMunwEmoGrMPRVFxgHYB1aOBCdwTWQd"
    "J2qqnnC5TyRXhEOQvGyQhH8dXxo/M2zgqvL8FfBvd5pil8njKFzxnEGVF4zB1rBb5VNDGJ"
    "NAsIRXBeUanmIZ0WQzm+vx720WTa7w1mg/EobMFbF+kpP7Jy2u8Ooyhr6mMBmINSgHMGnL"
    "e6rOmyyViRE9W0oMjxqF/yJNZaXQPyF8hfIH+B/AU+Mzfl5FTkhHRbCNQDurwWiMlkcpmi"
    "cejTOCH9zEk3vOIEBaCzoOSGMNI6ZSWsVW4AI6+TyodL27FqhgJeFdcXdyp5tVgFxt1r7d"
    "QK48FW4HY51myp2u2CNyKrRmMyteoJcOd4ubjK4nkhrZKZ66vT+l5q9iI9husFaKnvhJYq"
    "RFdAWbAj6xk2WAwlw0MxWcPQvCalqhe/BzdHwd9MrKuiIuh41SK/JHRRXuLNVjNpAQvhCb"
    "+2/hXRTH4ny7Bo7qxvHVg+7G7cUqlE8bBOhO8ESs1RlZog9nl0m4gch67584uPWbzHFx+T"
    "vcf0WqTmfeTByQE5Q5Q/1acS0J1IRtKl+oj1re6sA9lDJJjiHE758gOqvMU+r3YfE+Rvrl"
    "ei5vvv3TjS+3c88aWPuWdQf3QzGH1q5QPdFesg52ChjkfC5/HwpoOcg4XqbX/SvwnshdIn"
    "Vybd6XzQHQ5/E8ifcY+o6qQF4+RCDVwPnJ0Mel/su9sHtMfeF7sT+j94B7ox0STcv3NqoX"
    "rXvDM3/eHgq/2NvcOF2uuOev3hkJ71DoP3mPbn99NR+CbuObr3i3vVPWoVmLCXWaLVLpPD"
    "1S5j8Wr2fBMe8ErTsbDWFIaOl2fmRnuq8aIB85eD+ducyn9He6uVXPjP2D2YmimyNsdJK1"
    "4ZFIP6lTgIfrx+ZRGAAd2s6FIv8ZbcUBA3NJQ970SOS58G8arCL0ufzGQxKoR0WBBATgN5"
    "KRtWXkYxpBnSAPe+OZ1QAOrn2XiUPJ89oSi+smSi/0OKXF1GZutvq50qUeTQw05WTFk13t"
    "L7/T2nnVcG6BSkkMPGVTjO7rq/RnWR3nB8HfXE0A6uE56BXIMSEoJBKX1QVrJKzENZVITD"
    "iBBWP02kRLr388/j6eCflvXnHVPDa2CZWoOIEXZ7P7qJGmH2OWqEuVf9c1/HA+uM/b8eRt"
    "mDrChUYyqQbMgQrTGFUJR3LDfn0MUsf+5hXJI/sCvJQfSmKTNzK8P0ZqdvAdzpcNOXD3kj"
    "5N6phC3OH/jVLeVUjz0vgrknyB/a1exPTUDKNbk9Af4ALn86q5rJAHeOvyVEsbjtecA2La"
    "iu/+s83RLwYuqG49Ent3nUPAhjvcGmSMNe8lhnQZl6GGf0ttwYZ1tdfiaYCUWGhiULQ1T6"
    "EFmVvwoYTlE5Dh1bJZtNTo21vDZTRIyHN8MRNHh7eua0lkJCAHR2oAvaSSxZ/mCvIIiG4p"
    "bbQgpL8YdzNdF1FmhFKkDFJKE8UYbyRDZqhWpBxUUB8QyINytN7KipGHxliQUHfbddFhz0"
    "sCTkBtZl1F2MAsOeWHcnV2JVWOh49d9qn2PFyHnIB2xYCpDdv8NmICExohbk3Vez5/fUMI"
    "iTclfbkX01w89twm6arFlcBrqBrniFN/z0HrBbKX4+vKKQlULcf85WU6gpkIdmJ+zmuh+j"
    "01QgbCRUUPGsrhXPGgkTbKJSCDYdr3bq8kCsplYn/EJk7vRD1/Op1Qnnk8kkSzE+9MGbW5"
    "00liTc89ITX0tYyy01amJ3xe1cEh/LQGkuPvKEUK7qSIEQfYyXtFEyoGMVzzXyJyOst4EO"
    "OXlMi9SSsu29pIJSnjW4p6qUgL2G+2pLtcgQIUwjPpC2QqKKrA5+MNBaJsaw/tpBL2sNUe"
    "KBfGlyLJpt8herpCn9+Pq2FQGplA73l8383fmltP4UVJsqnwlNrjb1JKsJBR7YuLrtOYwm"
    "Kj8MYKVrm0OznsJd1DgoAKpncFA9w9QOnK+hDmC2wmytcrbqWDRYsZrJ4fu+RI3nZm0D+I"
    "nqqTG8T8nagifAoboAJaEh7CPUrniwj2f8ZLdvgiIQmLA/MMGrz3yg45y3gtrtiNc8OK9C"
    "LvNed9br3vTTPOa52KcifIrlGk6iU1y/8T42RXHbVbkPSJDQoAW1jacdMBvHZTYo5DlUFa"
    "c5h4oK7MneNC3wz52omvm2AA6KgD7ACAElv8sUtrosMWZuamm0sCDUVsTBiR0vjEZfr0KR"
    "8pVhQcB5D84S1VMVhVh8BVYLtvDx1o2mbBwOhln5mG51bbmTzHyohoUAVzB4j2fwMiZvCb"
    "hO/J44RTb8zOaOv6+STQiETzPohHBwdTKfIIbb7Q3OuCeapEHjKDQV24EUiCo9yNB2uoSX"
    "iPp6kYhe3K3S0Zmmk880dPUvNHQVGbvtVpGx/iYep1Fi3wt1oc7X2JaXDdqSdNdGzni+6X"
    "hxIGgtGtYNraZbcmL25T5/yEfb2+XE4kq87xi5BvTJMekTeE1Xo/6AbV8+pg3cYYm8AfvT"
    "r44jPUfYgitHXfH2EXXPD/vdmX3OPooHBhRx2J+/z1KNJuo3CxSjeQ/uTXBvghVdyZLnqG"
    "v5YI1IFUK2ZjEwZQMb1T4zIhsVA2iBoTgJQ+FNxBKQ/SXYV7PmblZwo89thjIM7iJaAsCz"
    "QFd84ht549SKBXJKjPiznMEFxdq00xght6RH6CHcTwz9spaltc/NGMjA+jNGInL6+6t/iF"
    "5kc41UzaZmrHZL9PCKREWJk0Il9rtvb3r/F0c3ngfa5pi0DVSQ4k8t5BFbqCFVdQ2pWmmH"
    "TcU3VT08cUjszNSkpyF+xgpLcQlcTVVZDNpOULyGe5WVHi0pj3Xq+FFeEZHTnfxfZK51bf"
    "e4trQHWcLGW6tvdCaa2kaW0OwfQ/Q/RONQ8PKRCOnaC8OPVXrvTMUl4MYFxaUeigtBh4xz"
    "Lo7Ql4DIpai+omNbh8+BZ1AEAI0RruIKm6+CtejkYVwjYgBsfKbaBNdWk1nbFqdM14gcQJ"
    "sEbQGfM0sUAI4CrGgvSSvCtaYpWFQTYp2DchFYH4hgVbi6CsNx45uvx+NhyFV5PYgmG9/f"
    "XfenZ+eR6GdGIWdLPSzkQA5JluBArichW3d/sYtJqsPYuuisQDmfrKjoER8u70xjny7YdC"
    "D5zdHM8AzG4xYvOgiRfkAZNwDbFMoYwvJLDssHzrg4wBlDCpJJ4yCX+4zLKO5NTY07py+O"
    "kM9X77QIve6BlsSwB1HdR7Jvgm338uxWCoZFZneQQ3VaVTVdmg6RaYZM0sjYbazMD3JsYE"
    "TubYpGnFg/vLssOR3hxSX0JNh1MHxvQ/5in9fy4/dCs/90cXF5+eHix8v3H6/effhw9fFH"
    "740Zv5T26rwefKJvz5BuCckfoBLyh21SMcBsSSAHFgY8ErhEfej1B5M5zfSwDhZq9+bn+9"
    "n8rj8iJ/3jhdob39NT1j+aImIli3hZI17SiJczYqeM2PkibsVHgWor494Xt+6j+9mtJ+lf"
    "D39eqPNpdzS77U87yD2KvpBOk4DivPkE67WW39foywEXnuRxzI1tXBDAjYILlTerrrmk4x"
    "XWscoqD5SMckiIh4qylVcO00wGwMn1et32PGCbRhlXUa23WcmWsG90KbmWEQM7+1s4LghW"
    "xn7iORI9eWg6UChms2FIZ84Iik20WiUFTXa6tBYNbGcVMmi/cIN2Gu23dZoKnju64qKzkW"
    "wrqKpStyjXBlaquJl2b+etfHjbQh1k/VuoM4udmDm8xOh2ML2zdqJwD8M7UfT6g6/RnSjs"
    "c5SXcK/651h7WxRhGy6yWRUpRgVouyfcm4JoRRvRlCWG32BfwJAnB9FCOaKF8LctlooZGB"
    "FRiMarT3gQw6TAqllgjANiML51Hl/gCb5DngBCPXkb9SyhnqerGlW7QQbPfq2xTePcTlJ/"
    "p24gl1uAB+I9iyNcYrwnraN8YKxniJ5098TiBPlK4z3jwO0jf/fvOBYmgCvaeux3Bs/sBs"
    "RDTYNTsr1Q67mKMCMJy8/Ftr1hykKwEXOrLIlYHgzTcO9OWa7cwRs4NYfxKbR/E4RYV7S9"
    "UPiVmw9eliygnCH/LqaAHJqGF3WyNwzvzMl4rBkH2xCVCnF9tyFy6Qd3EFhJZpEm7dQ0M9"
    "fWD8yP/YlmXW/vnx9o4tcK62hlbQ7k9NJB9J3eRgoWl4hyum20kVV5s9s4uwC52lQ86azc"
    "rpm2T5ANAqunDlZPAc2xNKWxpotUaVqjtNNpvDnD6EkOUg/KHDFu6H6Wd3ObglHqlxnCdi"
    "4To3YuYxvYkrVIoGuRsBRfGWRc4voQF4RNIOL6ubO+C4UrkyV3cDxN/bwhYIORydvuOzwi"
    "C76+I/j6wI6szo48cSHwCelFfGT7q5xL7VQvVaBRxfkJa3lLK6Dkr/0BVtmBVtkLeZ7Xpv"
    "Coi5s8Sm1UDF5arDKwlikibDa5rIWADBgKjIgqeZkX06AIQBqHdG0/zLkwDckAqAxbIPBO"
    "y2ELhKVgWc1gCziQlWELBLpqGMiZbYHwBKuVvipLT3PReGqxFFb3WrrGSloJptssw/56oo"
    "no1nZUju4ooykKlkzDckbQ87azQVatD148H2tDveIdZdGPE5J06TzWZU13eK5A2oWV2hv0"
    "HUJaL6T1ZqLnx5P+KCc/b8l0EP27ULuz2eDTiCbdukcLdTASJtPxp2l/NuugwIeFOh4Jn8"
    "dD0tg5WKg341G/g+jf8jJ4y68XFnzsMtOnvgjElsUKWRkGeVPjXFWWgjI8pEYfoZpVs3L6"
    "IL2rA0l9MOpFk/pMUS826mFJyNKuzyDHn21J22yp/VZs76OwLIx0nUe6QOAyxCtDem5daL"
    "qyQsB5D/3OF/ENSbmNTsp1WE3e8nFDaqgkqofuU0O66D/zxcszfUWH4pTdfVFPPe3Imd3B"
    "py/F55Ahn9v1O1SWyu06NQLRRpDNcEpqH0JoK3KbP+3ycMBOcw53Myi/yP6DqEtk7coDb0"
    "CEP4a9AoRlVVA0yXtNZ4Y5IgdY78caimhUkBdCwxcKldBgSIKTMx4SpulmEXTjggBuFFxL"
    "/c6ljQUkYDXYT+C5JsihGSGBSK6GAZyVZApMrDrF1/k0CqugQJBjSSklQJoJ+DnXbrVUBi"
    "naYwcRQf3V+txGoiThLRl6pOlI1cy2FStHe8Pig6wwywYc2lmqZS0pMg2LtH7godY17EhL"
    "rx1jR9rIqOXQueOSoHXv17phw8GqQ7SW+FnOt9ugL8HfDD7PBPF5CsTncYhPQITUeyKDdV"
    "5XfTyyky79fsxZm2Una1e6zhO41e31+pO5FT/uHC3UX6bj0SdhMO/fdZB/vFDHX/tTYTKg"
    "G017hwuV9k6PutfDfgcFP0UVytPEjh+R4a710l7+ogPRzcnQNzPONUt0MxA/QPwA8dNOI3"
    "7cuBAW7xOIGUmhfYKtqq0F4sW/WTmMkqjr7I1LXawhpRFSGtNTGifd3pd+3qKDjhTdbpT+"
    "X6g3g9mkO+99puf8Yyu5cT7tjmaDuZXb6BwT5fR+LtyOp8JNfzggyulvREeNnCF92kdWl+"
    "7hQu3/ShXfwXjUQd5hnbczpavBE/kCAhn+B1aMb7JyyxAtRdE97SNYsZqLDaKEWuoqWadl"
    "yoIX2WozqRNIAqlzEgityVXIwgkJgoFTl0HPYuAsZWMrmtK60LjHhOH5rvPz7SzGxYY6Ig"
    "sjXeeRDls2Ga2UsBCU3YqT5Etd2wrUXBV0TH6gkTNCO0kcoI5DDQmpPESxcT5JT5nhyyG0"
    "kOC7TznhJMG3ZnO35Pze6JJ7XPdGQ7FN8m6wYY1pUiVgfEP6pA6Lqd8jn1AnqaEZcHdMhB"
    "LQ7vk98Yly2Jo6oBSAUyn/0GoAfr19Tl59oYlZQr0E11nJc70EzyViRdkfCNjc6Yy76gnH"
    "cJcn1QWIzsL9bvOKygLEfOewj0biTIJ6AE3CGeoBQIx2M6cr7PoAuz6cXj9qN2fXh7CKyl"
    "C3Yjpssr4V1p1B4eJZ4WpeIGJ+sCEIMUGZiQchapK1n3WRuImIKIfBUTzFTRSpr8R3baVK"
    "0pAhyPT7fcR0LFEnZZG1NCLK4VrKcaApGK9gvILxmsd4dR3SSa6C0PV2munqe3yP5CsIOJ"
    "bBcgVXQUMXWXAVgKugodO1UHx6CVHpPOKaomudMvqsblBn1bhSgs5qonC5Y5CicwWGKYva"
    "FZgn+8taziz6GElrUX3EBtKIOYjMta7tHtfIwDqtx2a8pX3TrtGZbBpoKK+w9ErW2jfxwp"
    "aHd8csbelFZBu77VahoXzRqpa/e5dgn2jwZeQpqjDt/+O+P5vnr6vgCXaQd7hQe+PR7WB6"
    "ZzkW3MOFOvs8mEzoOeegzltCQ/GpZOj5pcxga13eRp3BkMdidMkvXcn6puCmq2FZcIXUZ6"
    "DZlPi22CbKIUkY5TqPMmQyV8DGhQ2LrM6ksBQgC3m3p8m79Uzmw4GdBbriFNvIY3tAKh1s"
    "hZoAedm5dFHXJCczs9LMsCle7dQwHxa+0k7jGnW/zTFLqOrY3OmqAP7eU7F74kbbsWI9br"
    "Akb0SFDa4vFDUdbKm3jnRzH10WmDf93uCuOzw7f9e+sOwBYiXI9mvEJeXexUIVrehdVWI4"
    "J1N2/wnIcOgBvszAbl4mkpuXUYRVzWTUH5njbwkrg9ueh1jbNDu3/+s8ZOK6EJ7ddX99Ez"
    "Jzh+PRJ7d5APLecHwNOywdObQZmPpk9JvJ2WZh6oHjqSKEJapaZgeXKQtl1oDuOQndE56N"
    "JcA7tTrkvlAV8ykOwU2+CRrdD4enihiyByIpQDtwtZ1uu1u/s5rY7KiNbs0qP973oK1owX"
    "qHaO0a4QzR2hCt3cjpSgwjI1/SsS/B4aS9ymSYX6UY5ldxw5wYe6ZmbVNSYAazhY83l39s"
    "yESmG4JoRjGMmbIAcT3N4totIFXneZzYgqsb3uWZcCfO+QgPRKIRlynfIz5LjuaLBbMNUi"
    "qOmVIx6U7ng+5w+Jsw7ff6g692HanouYXqX3WPWgUUwvIrOoEjDBxh4AhrQ8oKjHoJKSvg"
    "/gTPXE0Mjv2euSyBwnY05YFBsH7YJh/uubKDhMPuMU7mY6Uhwt2tPNeesNpi2KnetXaaiS"
    "puZWJSus2qtE7BIj2mRWr9j8GabM647Y9ogeY0POtky1hPjLAWjXUejMNS5SB92klcsWtx"
    "S1678rc8EPsSHJrl5ZeR0DUlYZXYz1q5snUGutW9uRuMOsj6t1DHk1kHkT8L9ZfutP95fD"
    "/rd5B3uFB797P5+K4/7SD3aKHO7ieT4YCec49oXZDp1DrlHJAzn7ujUX9IztgHRUit8ofX"
    "kLRtrreAJ8BDLH3kPXCVZXkirZLfA1exBYrWUFKxQhBc5sI5Kscf3OW/DIA/TIa+mUxSFv"
    "4Qf9vKpLci5eBDklASoz50YXyUdfysPRUsAR+UhFGu2yjHGMzTePV/wQ9rTXvqmibebJlu"
    "/UiLdhpp8mK3JZPOb7y3iuNYxWgyns2RtkIicreoQKK6RC9r0UQS+T6I/lp0Zq6x30DRHh"
    "lFHA/urWTC5lp+/F44m58uLi4vP1z8ePn+49W7Dx+uPv7okTfxS2kszvXgEyVyQs9jhgRv"
    "e9IVWi2jshzqQk1fMEP2mxUYkmBdJFc1CktBlls8ZlIhv1yVXoUNw2ORiGtYCHyUDFyxru"
    "eLovEE+LOAqwpa35KbYgF/k7C+ZbwA0lIE4rIcwn5+kQX284tk2Om1SBi7u6FYXtUnIsjT"
    "onEENSgl/MEFNj4cuSMgHM3/JtBjw0YkayxEZDbWKew6OgjJFlpwnPabaMF5UnYerbF78K"
    "VJI2sfYFYO7e+BEF8VfzNdw5Fq4f+iVbOiPYmPRI18JBPQnquhMweUzgcj7VhGmjcV8uhC"
    "z4n72tXKqVYbj4ANmIH/zDfTQ2IcWUdHmfLBGIitLOWZ354ATO4Mkzv+CsicmRCT5BDwyy"
    "xa/mWykn8Z0/Gjb9jsC0pUErT8wovKVnxVNJGB/8+z8Sgh5McXidKZsmSi/0OK3OSMShaW"
    "FIwQhxkrBRit+tcOk5O0g2gpQNjT/rtildlvlJomK076o5vB6FMr3+i6Yh3kHNBorl6v37"
    "+xdnlyDxfqbXdgbfJk/1+onwZf+yPhftJB7lHU/3aaeC7HbMxDWgdFoHZC9HUTNcZzrnsM"
    "cVj7ar32QRBZ8rPFbxAZUU1sGrBgiFFUGsKM6vyMQ8oxb884Y9hj+YdBCj3vLlAxSZ4s+K"
    "oSkKM+i3K8cLNIrw3DPKsnjjHniicnuxqooj0yiKscCbjxGEhO4K80CZc1c5Pdl9EJvt+F"
    "GXMOQpZuk5bQdoqbcKcreZh9pzmHdP7Fj1nTdFPzdGPxUgYmdluuKClfgkOYzy8+ZuGkLj"
    "4mk1L0GsMRyOCkkil7XwIY+0MY+xcCj5Ccw5tA1oek+AsALJ92tRHLnUwbEeMP6UpSaoli"
    "Iz8zcL7WyIwV1QSW2xOKoPxApKpaSVxF5LgryfV4PAytJNeD6D5f93fXfTLFI1vasaLgjQ"
    "LhM0EpbjwKR3Zz0y+BpR2dtMJKlJWdzqqdlDgESeLcDEdpDh5J1qWdbApkDVaFnWrKDH17"
    "D+/P7AEY4PpQgeDl4Z8BTvLy5EgvjuUOyIfWq+M3caDaonUK1pkp2PaFdmq5Oq9JtYXU/S"
    "iXJ3IeyqkflxazMI/Bmi0+yZWtM3vTmg27wvW03+197iD/eKHO5uPel/H9XJgOZl/IpeBH"
    "Grw0mwx6g/H9TBhPb+ySVOEzrWzDV3EkrYHp6sra6yVjiFlAvtbDOBjdjjuI/rUqio2sWD"
    "PnYKH2poP5oNelRcGcoyLDU0FVsN3Dv7GUjxT1Reo8IMXJ52zcc54SkZa9IIk7Ix9nFJIq"
    "hTKqUYXIi3eZgH6XAvS7GNArogXkYp89geOTz62/rXaqREFEDztZMWXVeEtv+/dWtQre0S"
    "jpBsYWjyf9UU74LRlaSbI/Wqjd3pfR+Jdh/+YTDSEOfqK7nczGQ2e3E/uoHq+AZhnIR12w"
    "+LKPIS6O51HPEhdHTHZyRcHLx2IVo+LiwH3WZ7hZsc6GpjwXDHQOicI413mcj7xhWc1G8h"
    "j7lTk1mnMxfGEhjooLVBVF7AAWhzh3AHHP76lZCGeNGQ7PrToV7xnvzAftW5/W1WgxeP3g"
    "5XYau69ZDQXstayW5N/uHoixv8Z2QR38J1TTqWk1ndwxKmUWd/lu8IfSLlDapQ6AQ2kXLh"
    "cVKO0CpV0aNhiNIwVCGm2O+OmQ3BFDqL0zjYqhzhF0VqXVNcWi5Ur8WXtoMayu4OV2mtWl"
    "Ow2Ffzst925l0UWuDDLpZhObnWGiNbkDVpG4MrGORCRpm41sorMF0Uk06QmJui4/4yXpU1"
    "YUa2cKa2deY9F60446xUq/wUJ90WXTJNIy7REjg26PQX6laji3EQ0kmwayXO/I0Ozbkpvo"
    "orEmZ1VVM5GikWuy+XahLtQ56WSraxI2DLut/XUMpO9U2hUipzRVwn9Ff0iKSFbGpR08/A"
    "eS7TuRh9HAb1EXEdSRQa4oC5UYqtiS8luQX231iYhtjM7oafeuSxkv20jTrd/jwUXDwfHy"
    "Db0LkVqQqUMeCPRAdwZ5dUV/MPz2L5r+hPW3yJ0tBsGR3H6JN1uN4GXCXiH117GKBNKx0W"
    "9C8FxtzDhQaE+m0DYrfqEuQ9E4dTb05sw90lFh/oJVeBprqG1Y+h5HhikkbMgzx9/Ssju5"
    "2pUn7SHp/zpPfzd5z8hwPPrkNo++sGpjEY6pwXOL8ZJ212J54kIN2qm+ONpUWAXbZrALJW"
    "KoaRusUxNDNMmwhPYnxEtkddshRg4xn4gZZ31sI7yUrRujlUZNu5c1MWLiex6W3z3Uw6lX"
    "4o89qHFgZxtRURLR9aV4oucvLz689/ClH9Kgnd11h0NWnvlm4/jSs74AAiKw+mdb/U8Yll"
    "W7uXuEuCyw/TgLY4bg9e9x1LMEr9tKaC5VKyhSjjrQeI3rIOskMhjxkRireK6RPxnDNMdu"
    "L40ahqwxmsHZlyFC8yBrby5LT5gZcOlcaafZd6bfptooS9dmE/BGlBVnv0Nn90J67EEGRR"
    "aOamtFxiWHyhqX5FF3raK4HfeFLf5xT175g/Gog9yjhdob302GXTIhO8g7pKmx8/vpiCbG"
    "0v8L9aY/HHztT3/rIPdooY7nn2mVC+tflA3KZn9kMj9SrA+onXAKE+87zCJ3dqgSevez+f"
    "iOzvroGb8NUapvb/0G1kdWrjl59IbjGT1j/6/HIyQahvyo4nxxzwEZHlipI9UfIVbvQ0IV"
    "ngTjKSgEqxUQUt8nNQGE1Pc46lkIqZWsG6ZA+tvSErwFBp/ZAWTa12fI4086VFT4PsbZUE"
    "RhuSvyUIclYZTrPMqncCnUbDgrLumQ4CfIXdAhq6egZuge7CogXwCN7ofDbJu/WcUSDixk"
    "bfsLvAINDVM3kwAPPfYbbBji46EVv22g7uy+eIKqyqhEG7SuaYrSepNQIiTWpr3fd0V33g"
    "423xueeIdNkbpD7KDBlaxg9IS3JiLd4xeae0W+uoYeXk1sZ0EZpkZjCumVeDDioZ1lcZ05"
    "kxacY0d3jln/Y7AmE2duex45s6urTI6wqxRH2FWM4Zf/l7XHU1pJF0eCpxDP4+86RFM6c1"
    "cdicpxOMnPMxHD5ynE8HmcGIbdPSve3TPwfsz+CgwL8bScVGXQbXx990CTjlf9uR2x7cJz"
    "rE6l+oKmXqIenqFUn6OCZy/V1+oiW+YHA61lqg2/dpDtb2wj22WPaIVDYqO1ke3vpZq9wU"
    "oDKt5RFq3b+WmgdNdn2x82rk2IiCr8xiw77GKlaxvhsMCaSBc1DsT4TkNrTO3AEQ51UOfH"
    "6jsdYFUz89ESTvsaP6oFF8irTBbFVYpBcRW3JyB5D2KlIGqmXXqslK9RZ1eaQzJgpe+30v"
    "2EnlKM9AYCnNU6D02t+hnnLj2SaJ4H+JO9BnqAu6k4zwvM5hOZzWTpXSepLftVfl+6zjpM"
    "y9ftfZ3e0eWtf0X08/NsnH8K5Q8K5LEVyAdtychoSC5n4rbnAt9jFzMBbT15qoO2Dto6aO"
    "t119ZD9SWdYLFSYgDDoWqcQF9pGGDPqRow0kx5JUui86VjNg6zXTvN1PHqEahRkb1OybGK"
    "kWMiIVOz6ga6vbVRpGZ8sFy8tkIvVtV3Wi9+Seu9n73I5prWbY/5Kyu4x0L9w+3ibfBH/4"
    "HsLdSQ5Zd9g0R1iQxyRAvA0+6DbZ3S78iqj0uvLlT7Mjlnik+YlqnP7DP1vQYqUcUEpzIr"
    "ff1bNT6c0h+57EKoEk+vHaNKfO4CIFD3A+p+hNfR2eDTSBiMhN74pk8s8sCnhTqe3vSn5H"
    "h0O5jeUY9a5ITbYvZ5MJn4152P5Or9XLgdTwW/Qkj0jFc9hEp7h26NEWHa7/UHjncvdIK2"
    "uL0f3dAT9KZWi9CJIrRC+fuXKaL6uGNGYCU/o0GZOk+dgo/pxwwYf0yE+GMUYbo2xtFN3s"
    "jBbQ+7OBywi0MDy7w4cQOtnMujI+bFHSzUWZ/WQ6J/yfEXZ+FzDhbqJ7I6jYT7SQe5R4X4"
    "zfdZ+M0o0xDgN9/H+E0o0l8Glx8I6IhoyzFc02k2hjiHXFtDuDUXk1RyLW1XhrSXOW+7Mh"
    "whmgfY62T0+WWvKd1RpISDLwb1G+q2gMZ49NOEZ7jM5BSvyA9az7UnnMpghtq1MzGYui0i"
    "mJ7MXgpzrovkjL1tpL2/iYpfPIYRWT1ZRKB9wbmDc/5M10yLDXzzFv2xEjey8vpHjMAs/Q"
    "4L1ZRpWjTN06DEp8MsdtCWCJIHkW7sIiJjS5lLSpfam1jSz0vD4jFf1pqCbWnYoLLJ1KM1"
    "R4S1aKzzqENhqXLMv9MORsVbVdrPXR6IfYmqrOvT4Vs+QQcMetUMOs3oU7FCIFzmy12PyP"
    "FnO5W/WoDhlAw9v4YT/raVSW8FRj0syeGoN2SUMxFQNJagSNFaA6pY1nZ8a2IfByN2JsQK"
    "xDqmjhuGhZzQsp1mIwdjV4RtWCjfzqSua9SyWak5SV3slmH5ipYaDZJBLyIxPc9o7YC/EM"
    "uTKg/EXFVexFcDPWo0yObNnu1Jy7sH7FFar3SLU+v6NTJUK9H0TxLsULMXUqWxDtqWquhk"
    "fYkjnBzwEBI6ftRD62+rnWqHRT7sZMWUVeMtvd/fW8dXCSqJhYDtBJIfhmbaXAxtzYuxro"
    "GyNiN6x0DtUVqEoaAFrqYqZVR7EWTVo1cqzjH1XqWuOQIhxfXk9U+tJJ16yToCIUqeuNyO"
    "k5AQh0gDFwrvZeBCgSsDLhTGt0Od2LJiDVXuqGWGJAQvH7yXfInWi6lJT3OaLLmyTIW4AR"
    "Nq0E61YWhTwQy23csn36uyaSAFi8/YYncNbadLGIkmWsrGVjSlNTojE+iRBjXNp93R7LY/"
    "tdMxsWrSmCkiQ7o0ZdXOxRTjaaPl32KhWvQz3Y1CxxKWn/HyrzTx9AGbLxirNjktaTvVJI"
    "3RH7IqaRvyZf6gF3LsWmF/USdhO7jTe+DbRK4Cg31MBruBeTc30+7tPCfXZwt1kPVvoQ5G"
    "gvWYDMgp/3ihTrrT+aA7HP4WyBOMn6Opgn4WoXuu1x31+sOhVSbUPYw+yJksxCNVCk2uk8"
    "NTpdBTlcnJt9dyWIpDY7yS+k/uu6+Q4h4TBvW9zuq7q6QU2ng1JArjXOdxbhbHdlRNkF+K"
    "DRyevI16ksMz9PqOmYAZbbu4IFSZY+STh2zvjNCGZADV/bX7bMDiCOeu3feLqOO1tjOauE"
    "j9151Ge8r3hWZXqHzflCwm00Fv3kpaIQDhTAjHl8YEmJOp2kD0naweuklyiHodkv44wr7S"
    "Colx4PYR2y66WcltQXEFSo3T+b0VZM+3urbcSU5sDoQpn4jk/XMnqqZsMiipRGiDIqAHML"
    "Qrj1UoAC5TFnyKUYidxSOfBhsWgqnLwNV7A+Qr6x2WAmQzFPYOvAkPVF5jPuyGIZ1VgY3M"
    "MnaNb8YiUQLEE78nTsENr425LYMq9d3ubiknb0UcuJqq4Yq0XZ6NiGk9bmMnSdgwVjvF2j"
    "IY/8XaMZjWndns7HI16Mwtze3UzvYubOUtpno0IwWw3K6hqk1Do9+1LQWMyWAk+4NDQvwV"
    "XSk/NBs2W6ra2W4BJuiakisZMyzFIdYV1NW1ILPLWuVS0OOChXT0/c7t5lEjUXStT7mnsS"
    "vFQ1zUEVYM+yWWb1kOyvAH83kmmM9TYD5nwPzwb0x0egumPEiHxfgDu3wlw4GMtSjvxZm5"
    "IJeF8uk0uUpmtKxu8xUk8AQOKkZQs9l87KoDEHnFWQxOUuRVTdJ2xvoS6xPxdZPA+YSut9"
    "NYH422FLaBppl4H0fA3h+NZsHQfpZ2gWHDRKKKrI7RGaVlHslsfRFffzDapOVW08ncpYyN"
    "YYqrFWlnUTdOfckELqja22VJxrFxgk25j+1+5X7Hr+79/PN4Ovhndz4Yjzoo9JEmxkzm99"
    "M+TYuxDhbq1/HgpoPo3+iTciKTe0MT3RivPSzJG1FJsAk9oegbz5Z660jXZ5zKUD1u+r3B"
    "XXd4dv6ubRdFJi8z2XYhuNC/i+++sdNpfb58KTEBmTpP/oKK82WGOXyZXHU6inCoBGJWiE"
    "NC/BmA5xdZiqWRVskrxUWsYBoQzVXTRs2yQyAZoLghEuJWXN00u/oZFIFolP3RKBZecXxz"
    "x0mM3X4aBm/WKIngvMq7x3zlBvNcfGwlGcv0Wnu/oWw6zTIUSiZNES0XEbJNrUMDrWSFlp"
    "ZYWbWMnXM0hoGImGtd2z1au5Mja7CZFZLL7ZwZiuxNefqbozHIv/tnwRY+li3sTL6s2pPT"
    "nEPdqQL3BLxC4RUKr9C0V2gX67K0Zr1AnSupr0/Rb1NlaVt4IR3zhfRMVIuc0XkBEQ5fTB"
    "dXV1mM+qurlAq1VzHahDxUORB2mnOIbiUOc3JHE7MI7GSXeUDk+BX8G+41P6kD9b//DztD"
    "kKQ="
)
