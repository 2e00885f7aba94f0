"""Webhooks."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "webhook_subscription" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "secret" VARCHAR(128) NOT NULL,
    "topics" JSON NOT NULL,
    "owner_role" VARCHAR(16),
    "owner_scope" VARCHAR(254),
    "active" INT NOT NULL,
    "last_seq" BIGINT NOT NULL,
    "consecutive_failures" INT NOT NULL,
    "circuit_open_until" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL
);
        CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "event_id" VARCHAR(64) NOT NULL,
    "event_seq" BIGINT,
    "topic" VARCHAR(64) NOT NULL,
    "aggregate_type" VARCHAR(32) NOT NULL,
    "aggregate_id" BIGINT NOT NULL,
    "payload" JSON NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: PENDING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED\nGIVEN_UP: GIVEN_UP */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "redelivered_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "subscription_id" INT NOT NULL REFERENCES "webhook_subscription" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_webhook_del_subscri_514d76" UNIQUE ("subscription_id", "event_id")
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_5b6f00" ON "webhook_delivery" ("status", "next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_subscri_0ec647" ON "webhook_delivery" ("subscription_id", "aggregate_type", "aggregate_id", "status");
        CREATE TABLE IF NOT EXISTS "webhook_attempt" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "attempted_at" TIMESTAMP NOT NULL,
    "status_code" INT,
    "latency_ms" INT NOT NULL,
    "error" VARCHAR(500),
    "response_excerpt" VARCHAR(512),
    "delivery_id" BIGINT NOT NULL REFERENCES "webhook_delivery" ("id") ON DELETE CASCADE
) /* One POST of a delivery and what came back (the delivery log). */;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "webhook_subscription" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "url" VARCHAR(2000) NOT NULL,
    "secret" VARCHAR(128) NOT NULL,
    "topics" JSONB NOT NULL,
    "owner_role" VARCHAR(16),
    "owner_scope" VARCHAR(254),
    "active" BOOL NOT NULL,
    "last_seq" BIGINT NOT NULL,
    "consecutive_failures" INT NOT NULL,
    "circuit_open_until" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL
);
        CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "event_id" VARCHAR(64) NOT NULL,
    "event_seq" BIGINT,
    "topic" VARCHAR(64) NOT NULL,
    "aggregate_type" VARCHAR(32) NOT NULL,
    "aggregate_id" BIGINT NOT NULL,
    "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "redelivered_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "subscription_id" INT NOT NULL REFERENCES "webhook_subscription" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_webhook_del_subscri_514d76" UNIQUE ("subscription_id", "event_id")
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_5b6f00" ON "webhook_delivery" ("status", "next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_subscri_0ec647" ON "webhook_delivery" ("subscription_id", "aggregate_type", "aggregate_id", "status");
COMMENT ON COLUMN "webhook_delivery"."status" IS 'PENDING: PENDING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED\nGIVEN_UP: GIVEN_UP';
        CREATE TABLE IF NOT EXISTS "webhook_attempt" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "attempted_at" TIMESTAMPTZ NOT NULL,
    "status_code" INT,
    "latency_ms" INT NOT NULL,
    "error" VARCHAR(500),
    "response_excerpt" VARCHAR(512),
    "delivery_id" BIGINT NOT NULL REFERENCES "webhook_delivery" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "webhook_attempt" IS 'One POST of a delivery and what came back (the delivery log).';
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXW132ri2/itafJl0XU5XkzRth/OJELdlSoADpDNzhlk+jlGCb4zM2KZp1rnz36/k9x"
    "fZ2MYG291fWsfWFvBIlvZ+9ov+29loK6warweSritY7/TQfztE2mB6EX3URR1pu/UfsBum"
    "dK9abeVAo3vD1CXZpLcfJNXA9NYKG7KubE1FI/Qu2akqu6nJtKFCHv1bO6L8tcOiqT1ic2"
    "19mz/+pLcVssLfseH+uX0SHxSsrkJfVlmxz7bui+bL1ro3JOZHqyH7tHtR1tTdhviNty/m"
    "WiNea4WY7O4jJliXTMy6N/Ud+/rs2zk/1P1F9jf1m9hfMSCzwg/STjUDP/de9O91RHE8WY"
    "hzYSGKnRwAyRph4NKvali//pF9hX9cnL99//bD5bu3H2gT62t6d97/bX+0D4wtaMEzXnT+"
    "tp5LpmS3sDD2QZXpQMdhHawlnY+r2z6CLP3KUWRdHOsL7Ub6LqqYPJpr+ue7tyk4fu3PBp"
    "/7s7N3b1+xD9To5LdfirHz5MJ6xKD2obX+zwGt274caN0bPrb+q3p0cC/evMmALm2VCK/1"
    "LIzvM75fa9qTuNPVPDBHxAqh7UzTeoJ9lQnsqxSwr+JgyzpmcIiSGcf6hj4xlQ1OWDFCkh"
    "G4V47oa/eiiVOd/sDVhKgvzsRIAX8xvBXmi/7tlH3cxjD+Ui38+guBPbmw7r5E7p69i4yT"
    "1wn6dbj4jNif6N+TsWDBqxnmo259ot9u8e8O+07SztREoj2L0iqw1Lp3XdT+Zvvvw1Ngs2"
    "A37iX56VnSV2LoiT89jLWy3WAGSGx2XDuiH7/MsCpZ4MbngaOIzJ1umvcK/u1Oe/euOxkY"
    "etqFloRn/NHmYhO9IxHp0fpJ7LPZJ7l621oiBKtclc55lK7SBRqBSgcqHah0oNKdVKWTVF"
    "WTrT1CZJ9s4scXPtwC2W0syIf0K0pExjHoE7o63kh0prPhZDZc/N7JNx6eXA+5V0syGE3m"
    "dDPvIediSebD8aeRIM4/D6e3wnghfhzO2HPu7U6R8T3PMrznyaN7zhvcZ9HYqgpHh7zWNB"
    "VLhP8aRSQjY3hPRasaRHfxqk5j4MF7PZmMQhri9XARwfnu9lqYndnw00aKiYObgw86UzQ0"
    "fYV1caupilz4deL1c8R36bo/+DKZ3QizvC+TJ9hD3uWSzIRfhAF9W+z/i7weP2d4O35OfD"
    "l+jr4b9EOkJywamFpLnLcjeYeJCbbPnq1kp6E20hbLpmhID9h8oVuEJj/lXJWSujji8uTd"
    "aez6BLxC8lsAvELH2nIOJBUmrI8Gjn8ipRAiQSUdr7WdgUVVIU8HIuWQBr+6fbYJtCp5mK"
    "murXYWdxLjYdxH3TQeZhtoBDzM0dbXinkY42mXR5NzmgMLAyzMiXXje0nPyyEGREoxQFo9"
    "f7e6InPQvcGyspFUPsCeTFTRtYVeO8INnNAp6N4Ig+Ftf3R2/rZ7EbEkXODfxj2VO13HJI"
    "npSLAlAjJHZDXu5jc5+YyCc/gywxS+TJzBl3HPu/K4NsVHXdpwNM5ExSEqtl+FaABVUYoS"
    "Afbwj2cPB0d9pWtb5kIXjd12qypYF3Np5Eni8ILZL1iMekhBPg77R02nCxf5gl9iFHlCFE"
    "Ogq2aBnWQ909u69OwZjokTjmJBEcD2Fj2jb8VsOKADkJnpYSQGLoPuGdF+GrjEZaJ8LKKZ"
    "7u3fHBrhgHAb1tOIddRWrLY7XV5LBhZLm15Tp8fWTzPt4eFg6tVdCQMsWFugqpJP9DYQDq"
    "EY3FySGcXgbgaUYqOUlW4KpQihXUAqNpRUVKnxJjLLU1xJL3lYg7hgIbOmEOTva71OAGvw"
    "47EGhbzonrnmOBoPVYEza3MNMW8TYlAPhKnvddRSpMLGVZl2VQPXGbCpyoWKrVmitWjpmH"
    "5r49BF64b2x9KLZnZvbYKtSlPUjwXi2KKhQKFkY/Q51Ays0aOpPmCNgjXawIXuCNaorO2I"
    "qeeLEfBF2ohyFoyTEY6H1z86u3FWeH2J9mUwnGeawucpU/icQ6hQhcfc8Vbgj6omJZEpAa"
    "EIzg9MqnlIp4UPTe6uRwKazoTBcD6cjMMGvPWQ3fKDimZCfxRFWSOPBWAOSgHOGXDe6oqm"
    "KyZnRU5U04Iix6ME6ZtYa3UNSEEgBTORgsBzZaUinDIZkGEDMSpAo9YCMYVOLlMyDn0bp7"
    "SfBe2mrThBVaYklKqkTAc7uvptEiptus+6qXWZgq2ALz2aVlgxX4o3kpKrVKEn0DrG9OIq"
    "C2VKWyVTTlenJU1rttIdgzMFexLsSSjVUBs9wwaLo2R4KCZrGJrXpFT14o9gSUn83cQ6kV"
    "RRxw8d+ktCD5UV3mw1kyVdik/4pfNnRDP5gy7DkrmzvnVg+bC7cdQjlnTyJ6gwR1VhgmOa"
    "R5OJyLXQg3Z+8SGLk+fiQ7KThz2L1AWLvCY5IOeItk/RqQR0J+CIdkkesb7VnXUguyeTK9"
    "7CKV9+3IO3tOfV5WOC7ZvrlSj1/i4bR3p/VUhf+ph1VYXxzXD8qZMPdFesh5yLJZmMxc+T"
    "0U0PORdL4pWIFG4C9SIF+mTany2G/dHod5H+MxlQxZy24NxcksDzwN3pcPDF/nT7gvU4+G"
    "J3wv4PfgIr3joN9+/cWhLvmXfnRhgNv9rf2LtckkF/PBBGI3bXuwx+xkxY3M3G4Q9x77H6"
    "mO5T96pTYMJeZgkquUyOKrmMhZXY8028xw+ajsW1pnJ0vDwzN9pTjRcNmL8tmL/NqU1ztF"
    "2t5NI0xu7e1EyJQ7OmllcKikGFJRwEP15hqQjAgG5WdK2chwLxqVG5Fq4VJQepOtkleSNV"
    "I2I11hnqFK5qT09uhN++Oc2P8QOgU4BmTgBJFfNmaPBk2wd7BXYJw40VlznPjbYn1T6cqy"
    "EsLNCKxL7HJCEwO0Ngto1aoSj4uCggngHxZvnZj+rdapebPTjou+2q4KCHJSG4oi6j7mIU"
    "GPbEyPJcvuqw0PEyX2rvtua4kfIBG5YCZPeXTw1EdETUgrxFUwMHljYM4qTgn26kaGr4vU"
    "0olcqbxWWgG+iqrfCG394DStHib4fHzFsxWMK3bFHzTYE8nBkLpXr3YnSaHLtGQgU5PXXN"
    "6WkkTFA+qhBsOn7YkdWBWM2sTtoLkbnTD13PZ1YnLZxMlQe82zpVUtS7p3HtCX0XsddwXw"
    "B8Z0IwwsyrirQHJBFkdfCTgdYKVTj1lx56XmuIKff0S9NryezSfzGhTdmfL687EURL6XB/"
    "bt8fzi+FIPljB8k/KSQhLo2Pq9u+hR778l1tD7q2EQ+LWo10UWPHGwT9tSDoz9QOnK+hDm"
    "C2wmytcrbqWDJ48VAL/D1BLfAlajw3y3DuLoTfFiHHkovj2W3/t1ch59JoMv7kNg/gPhhN"
    "riN4U9VT4zC8ydqCJ9BCdQHy1sG1GmpX3KHuGT/Z7ZugCDj/9jv/vCTyA51Tbcv670Y8U8"
    "F5FXJLDfrzQf9GSPNKVc6nWO6XJDrF9c3sY1NUt12VxYqA0DgVoWE87fJoKE7zFuonUOi9"
    "acrfXzuJmPnqCgdFQA3gRFfR32WKW12ROTM3NQksLAiZYDg4seOZYGxXFYsk24UFAec9OI"
    "OpUP4a4Zw0lw/VsBDgCibY8UwwzuQtAdf2HdIWRTb8zuaOuqzSvg0EzXEM3HBIXbKFK4Xb"
    "7Q0XuKNKjsE8+xrBtmsfsf0YGdpOl/EKMe8jkpB3KBo603T6NwtY+gcLWELu2d2v4pEDJf"
    "a9JEuyWGNbXjFYS9pdFznj+arnRSagtWRYH2g13dIb8y93+YMQul65IKuIn/cdI8/Asj+m"
    "ZQ/bdDXqD5id5WPawFJldAcUZl8d124OR7orx5zD9hVzGI+E/ty+Z1/FXdVFXMjn77LUII"
    "h6cgIlCN6Bww0cbmBFV7LkOepaPlgjUoWQrVlURtnARrXPjMhGxQBaYChOwlCEjtQ+ENk8"
    "h5HVbO5mBTf63mZIvnUX0RIAnge6aie+kR2nVixQ7Mg93rFMnGP5Uo5nchK5851r3/l1rc"
    "hrn5sxkIH1bxhJyOnvn/4lelbMNSKaTc1Y7Vbo/gVJqhonhUrsd9+RDv4vjp7XALTNMWkb"
    "qBvSPrWwjdhC5ZCqK4fUSjtsKr6p6uGJgzQD599yFJfw6bjJKkvgPN5sysqAFRLGOnP8qC"
    "+IyulORioy17q2e1xb2oMiY+O11Tc6k0xto8ho/q8R+h+qcah49UiFdO2Z48cqvXeu4hJw"
    "44LiUg/FhaJDxzkXR+hLHG9bfVNreIPJWrYOnwPPoAgAGiNcpQdsvojWopOHcY2IAbDxmW"
    "oTXFtN4Z2mlTJdI3IAbRK0BXzOPFEAOAqwqj0nrQjXmqZiiSSE4QblIrDeU8GqcHUVhuOG"
    "3l5PJqOQq/J6GE1/vbu9FmZn55HAXE75Tks9LORADkmW4ECuJyFbd3+xi0mqw9h66KxAOd"
    "+sqOgRXy7vTmPfLig1nbxzNDM8g/O6xesrQqQfUMYNwDaFMoaw/JLD8oEzLg5wxpCCZNI4"
    "yOV+w2WUdGWmxq3TV4uQr7SmZBi0JIY9iOo+kn0TbLuXZ7dSMCwyu4ccqtOq8+jSdIhOM2"
    "TSRsZuY2V+0GsDI/rZpmTEifXDu8uS0xFeXEJvgpXbEfA25K/WcK08/ig0+88XF5eX7y/e"
    "XL77cPX2/furD2+8HTP+KG3rvB5+YrtnSLeE5A9QCduHbVJ5umxJIAeWqjsSuFR9GAjD6Y"
    "JlelgXS9K/+eVuvrgVxvSmf70kg8kdu2X9x1JErGQRL2vESxrxckbslBE7X8StQSgybWUy"
    "+OJWInT/disc+s/Dfy/JYtYfzz8Ksx5yr6Ib0mkSUJydT7S2tfy+Rl8OuPAkj2NubOOCAG"
    "4UXKgFWXU5IB0/YB0TXuWaZJRDQm2ocVp5USvN5ACcXEHWbd8GbNMo4yrqxzYr2RJOCy0l"
    "1zJiYGffheOCYGXsJ54j0ZOHpgOFYjYbhnTmjKDYRKtVUtB0p8trycB2ViGH9gs36KbRfl"
    "unqei5oysugxrJtoKqKnWLcm1gpYqbWf/jopMPb1uoh6z/lmRusRNzh5cYfxzObq2zEdzL"
    "8NkIA2H4NXo2gn2P8RLuU/8e77SFImzDRTarIsWoAG33hKclUK1oI5mKzPEb7AsY8uQgWi"
    "hHtBD+vsVyMQMjIgrRePUJD+KYFJiYBcY4IAbjW+fxBZ7gB+QJINSzbaOeJdTzdFWjajfI"
    "4NmvNbZpnNtJ6u/UDeRyC/BAvGdxhEuM92R1lA+M9QzRk+4pTS1BvtJ4zzhw+8jf/WdghQ"
    "ngig7D+oPDM7sB8VDT4JRsL9R6riLMSMYKixYqlNTMkYVgI+4pTjK1PDim4d5DnFy5g88W"
    "ag7jU+hoIQixruh4ofCWmw9eniygnCH/LqaAHJqGF3WyNwzvzMl4vBkHxxCVCnF9jyFy6Q"
    "d3EHhJZpEm3dQ0M9fWD8yP/Ylmfe/sn59Y4tcD1tGDdTiQ00sPsT29i1QsrRDjdLtooxBl"
    "s9s4pwC52lQ86azcrrm2T5ANAqunDlZPAc2xNKWxpotUaVqjvNNZvDnH6EkOUg/KHDFu6G"
    "6e93CbglHqlxnCdi4To3YuY2er0rVIZGuRuJJeOGRc4voQF4RDIOL6ubO+i4UrkyV3cDxN"
    "/bwhYIOR2bbTd9qILPj6juDrAzuyOjvyxIXAp7QX6ZHvr3IedVO9VIFGFecnrJUtq4CSv/"
    "YHWGUHWmXP9H1em+KjLm3yKLVRMdi0eGVgLVNE3GxyWQsBGTAUOBFVyiovpkERgDQO6dp+"
    "mXNhGpIBUDm2QGBPy2ELhKVgWc1gCziQlWELBLpqGMiZbYHwBKuVvqrITwvJeOrwFFb3Wb"
    "rGSluJptssw/l6konY0XZMjp0oo6kqlk3Dckaw+7azQSHWH148H+9AveIdZdGPE5J02TzW"
    "FU13eK5A2oWV2hv0HUJaL6T1ZqLnJ1NhnJOft2R6iP27JP35fPhpzJJu3aslGY7F6WzyaS"
    "bM5z0U+GNJJmPx82REGzsXS3IzGQs9xP4tL4O3/HphwdcuM33qi0BsWayQlWHQnRrnqrIU"
    "lGlDavQRqlk1K6cP0rt6kNQHo140qc+U9GKjHpaELO36DHL83Za1zZbZb8XOPgrLwkjXea"
    "QLBC5DvDKk59aFpisrBLztod/5Ir4hKbfRSbkOq9m2fNyQGipL5NBzamgXwrd28fJcX9Gh"
    "OGV3X9RTTztyZnfw7UvxOWTI53b9DpWlcrtOjUC0EWQznJLahxDaitzmT7s8HLDTvIWnGZ"
    "RfZP9e0mW6duWBNyDSPoa9AoQVIqqa7G3TmWGOyAHW+7GGIhoV5IWw8IVCJTQ4kuDkjIeE"
    "abpZBN24IIAbBddSv3NpYwEJWA32E3iuCXJoRkggkqthAGclmQITq07xdT6NwisoEORYUk"
    "oJ0GYi/pbrtFomg1TtsYeooP5i/d1FkizjLR16pOmIaGbXipVjvWHpXlG5ZQMO7SzVspZV"
    "hYVFWj/wUOsaTqRlz45xIm1k1HLo3HFJ0Lr3a91w4GDVIVor/E3Jd9qgL9G+GXyeCeLzFI"
    "jP4xCfgAip90QG67yu+njkJF32/bizNstJ1q50nSdwpz8YCNOFFT/uXC3Jr7PJ+JM4XAi3"
    "PeRfL8nkqzATp0N20LR3uSSsd3bVvx4JPRT8K6pQniZ2/IgMd62X9vIXHYhuToa+mXGuWa"
    "KbgfgB4geIn24a8ePGhfB4n0DMSArtE2xVbS0QL/7NymGUJV3nH1zqYg0pjZDSmJ7SOO0P"
    "vgh5iw46Uuy4Ufb/ktwM59P+YvCZ3fOvreTGxaw/ng8XVm6jc02V07uF+HEyE2+E0ZAqp7"
    "9THTVyh/ZpX1ldupdLIvzGFN/hZNxD3mWdjzNlq8ET/QIiHf57XoxvsnLLES1F0T3tK1ix"
    "mosNqoRa6ipdpxXGghc5ajOpE0gCqXMSCKvJVcjCCQmCgVOXQc9i4KwUYyuZ8rrQuMeE4f"
    "2u8/vtLMbFhjoiCyNd55EOWzYZrZSwEJTdipPkK13bisxcFXVMf6CRM0I7SRygjkMNCalt"
    "iGJr+SQ9ZYZvC6GFBN99yklLEnxrNndLzu+NLrnHdW80FNsk7wYf1pgmVQLGN7RP5rCY+T"
    "22E+okNTQD7o6JUALaA7+ndqIctqYOKAXgVMo/tBqAX2+/JVtfaGKWUC/BdVa2uV6C5xKx"
    "ouwPBGzhdNa66gnHcJcn1QWIzsL9bvOKygLEfOdwjkbiTIJ6AE3CGeoBQIx2M6crnPoApz"
    "6cXj/qNufUh7CKylG3Yjpssr4V1p1B4WqzwtW8QMT8YEMQYoIyEw9C1GTrPOsicRMR0RYG"
    "R7UpbqJIfaV211aqJA0Zgkx/3FdMxzJzUhZZSyOiLVxLWxxoCsYrGK9gvOYxXl2HdJKrIP"
    "S8m2a6+h7fI/kKAo5lsFzBVdDQRRZcBeAqaOh0LRSfXkJUehtxTdG1Thl9Vjeos2pcKUFn"
    "NVG43DFI0bkCw5RF7QrMk/1lLecWfYzktUQesYE0ag4ic61ru8c1MrDO6rEZr1nfrGt0pp"
    "gGGikPWH6ha+2reGHLw7vjlrb0IrKN3XarslC+aFXLP7xHcE40+DLyFFWYCf+6E+aL/HUV"
    "PMEe8i6XZDAZfxzObi3Hgnu5JPPPw+mU3XMu6nwkNBSfSoa+vZQZHK3btlHnMOSxGF36Sx"
    "8UfVPw0NWwLLhC6jPQfEp8W+wQ5ZAkjHKdRxkymStg48KGRVZnUlgKkIW829Pk3Xom8+HA"
    "zgNdtRTbyGt7QCodHIWaAHnZuXRR12RLZmalmWEz/LAjYT4s/KSbxjXqfptjllDVsbnTiQ"
    "j+3lOxe9JG2/FiPW6wrGwklQ+uLxQ1HWyp1450c19dHpg3wmB42x+dnb/tXlj2ALUSFHsb"
    "cUm5t7FQRSt6l8gc52TK6T8BmRZ6gC8zsJuXieTmZRRhopmc+iML/D1hZXDbtyHWNs3OFX"
    "5bhExcF8Kz2/5vr0Jm7mgy/uQ2D0A+GE2u4YSlI4c2A1OfjH4zOdssTD1wPFWEsERVy+zg"
    "cmWhzBrQPSehe8KzsQR4Z1aHrS9UxX2LQ3DTb4LGd6PRqSKG7IFICtAOPO2m2+7W76wmNj"
    "tqo1uzyo/3PegoWrDeIVq7RjhDtDZEazdyulLDyMiXdOxLtHDSXmUyzK9SDPOruGFOjT1T"
    "s44pKTCD+cLHm8tvGjKR2YEgmlEMY64sQFxPs7h2C0jVeR4ntuDqhnd5JtyJcz7CA5FoxG"
    "XK94jPkqP5YsFsg5SKY6ZUTPuzxbA/Gv0uzoSBMPxq15GK3lsS/6l71SmgEJZf0QkcYeAI"
    "A0dYF1JWYNRLSFkB9yd45mpicOz3zGUJFLajKQ8MgvXDNtvhnis7SDjsHmvJfKw0RLi/VR"
    "baEyYdjp3qPeummajSVqEmpdusSusULNJjWqTW/zFYk80Zt/0RLdCchmedbBnrjRHXkrHO"
    "g3FYqhykTzuJK3Ytbum2q3zPA7Ev0UKzvPwyErqmJqwS+1krV7bOQHf6N7fDcQ9Z/y3JZD"
    "rvIfrPkvzanwmfJ3dzoYe8yyUZ3M0Xk1th1kPu1ZLM76bT0ZDdc69YXZDZzLrlXNA7n/vj"
    "sTCid+yLIqRW+cNryNo21y7gCbQhlj6yD1xlWZ5oq+R94Cq2QAGnlYx+M9mNLJwW/r5VaG"
    "9FSpSHJKFMQ30orPgo6/ib9lSwLHlQEka5bqMcY9VO42n+Fd+vNe2pb5p4s+W6miMtummG"
    "/LPdlk46v/HeyoITgtF0Ml8g7QFJyD02AUlkhZ7Xkolk+n0Q+7XojFr1fgNVe+QUFjy4t5"
    "JJhGvl8UfhEX6+uLi8fH/x5vLdh6u3799ffXjjEQrxR2nMwvXwEyMXQu9jhqRje9IVWi2j"
    "si3UhZq+YIZsCitYgY7fimNZJFfaCUtB5lU8jk+lv5zIL+KGw6In4hoWAr8ZB1es6/kiOz"
    "yB9hnBVQVSb+mHYhF/l7G+5WwAaWHrcdkWwn5+kQX284tk2NmzSGi1e8hVXtUnItimReMI"
    "alCKS94FtgSvvKP53wR6bNiIZPXPR2ZjnUKBo4OQbKEFx2m/iRacJ2Xndhq7e1+aNrLOpu"
    "Xldf4RCDsl+LvpGo5MC/+TVXKK9iQ9UjXykU5Ae66G7hxQzh2MtGMZad5UyKMLfUs8a61W"
    "jp7auCxtwAz8V76ZHhJrkXV0lCkf9MtvFTnP/PYEYHJnmNzxLSBztHxMsoWAX2bR8i+Tlf"
    "zLmI4f3WGzLyhRSdDyCy8qW+lF1SQO/r/MJ+OEMBRfJEpnKrKJ/g+pSpOz/HhYMjBCHGas"
    "PF20El03TE6yDqLl6eCc9R+KVebvKDVNoJsK45vh+FMn3+i6Yj3kXLAIo8FAEG6sk4fcyy"
    "X52B9aBw/Z/y/Jp+FXYSzeTXvIvYr6304TY+SYjXlI66AI5PNHt5uoMZ5z3eOIw9pX67UP"
    "gsiS3632BpFR1cSmAQuGGEWlIcyozu84pMG27R3nDHssJy5Ioec9mSgm2SYLvqqk2KjPoh"
    "wv3DzSa8Mwz+qJ48y54gmzrgaqao8c4ipHUmg8BrIl8FeaGMqbucnuy+gE3+/CjDkHIXO0"
    "SUtoN8VNuNPVPMy+07yFdP7Fm6ypo6m5o7F4KQNTuy1XlJQv0UKYzy8+ZOGkLj4kk1LsGc"
    "cRyOGkkil7XwIY+0MY+2cKj5icV5pA1oek2hcAWD7taiOWO8EzItY+pCtJ86SKjfKNg/O1"
    "RmesRBJYbk8ogvI9lapqJXEVkeOuJNeTySi0klwPo2dP3d1eC3SKR45Z40XBGwXCZ4JSrf"
    "EoHNnNzb4Elnds0ooPkqLudF49n8QhSBJvzXCU5uCRFV3eKaZI12Ai7oipcPTtPbw/twdg"
    "gOtDBYKXp/0McJKXJ0d6cSx3QDm0hlp7Ewcq5csmO/Ne+y6wKNwOhycLPu6m8WOa1VDEXs"
    "tq631vd/fULl1jO/ye6j8Qe1/P2PvcGm2ZoeA/DP4QCA6B4HUAHALBW7moQCA4BII3bDDq"
    "ZC9lMpNDGm0OtjUkd0TC1bvTKMa1JhWwZpiR5Br5RbvvcKyu4ONu+jlLdkPxf52Wewtf9Z"
    "Erg0xWmmqzM0y0pp+ACZIeTKwjCcnaZqOY6GzZsc76Q5KuU5t6RftUVNWqY2XVljeWnVfd"
    "TmRAS/+AJXnWFdOk0grrESODFdOiv5IYzsdIBlJMA8nSzqBPNftj6YfokrGmdwnRTKRq9J"
    "livl6SJVnQTra6JmPDsNvaX8dA+o6wrhC9pREZ/xP9R1YlujKubKrxP0ixP4m+jAZ+jfqI"
    "oo4M+kRdEmqoYkvKb0F/tdUnorYxOmO33U9dKXjVRZpu/R4PLkYe49Ur9ilUakmnDn0h0D"
    "2rI/biiv5k+O2fNf0J66+RO1sMiiP9+BXebDWKlwmVxeqvYyUbzk8KyZWw7rZvoVVRQX1t"
    "UGhPpdCCO+CHUGdDO2fukY4KH2ewj7nJtGmsIROy9IqIhikmlO9b4O9psSCtquGX9pIIvy"
    "3S9ybvHRlNxp/c5tENqzYWYR/rirzucIxB50k39TAjvw3Eox9NSa04Hv0btYC56TzJRkBA"
    "pIV2wMXVVaYQx6uUEMermIOBvlQ5EHaatxDd80xB/+cpMf/nnLNvNWI6EQFZDa2ACBhaOQ"
    "2tk25mf/8/7tFEPw=="
)
