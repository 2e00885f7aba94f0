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
    "eJztXVt3m0i2/iu19NLOOpqs2I6TtOZJlkmijixpJDndPa1eDEZli2MEakBxvOb0fz9V3C"
    "kKBAgkIPvFRlW1C+mr277XfzsbfYVV8/VAMgwFG50e+m9HkzaYPLBVXdSRttugghZY0r1q"
    "t5VDje5Ny5BkixQ/SKqJSdEKm7KhbC1F10iptlNVWqjLpKGiPQZFO035a4dFS3/E1tr+Nn"
    "/8SYoVbYW/Y9P7uH0SHxSsriJfVlnRd9vlovWytcuGmvXRbkjfdi/KurrbaEHj7Yu11jW/"
    "taJZtPQRa9iQLEy7t4wd/fr027k/1PtFzjcNmjhfMUSzwg/STrVCP/deDMo6ojieLMS5sB"
    "DFTg6AZF2j4JKvatq//pF+hX9cnL99//bD5bu3H0gT+2v6Je//dl4dAOMQ2vCMF52/7XrJ"
    "kpwWNsYBqDIZ6Disg7Vk8HH12jPIkq/MIuvhWF9oN9J3UcXao7UmH9+9TcHxa382+Nyfnb"
    "17+4q+UCeT31kUY7fmwq6iUAfQ2v9zQOu1LwdaryDANliqRwf34s2bDOiSVonw2nVRfJ/x"
    "/VrXn8SdoeaBmSErhLY7TesJ9lUmsK9SwL6Kgy0bmMIhSlYc6xtSYykbnLBjRCgZuFcu6W"
    "vvoYlTnfzA1URTX9yJkQL+YngrzBf92yl93cY0/1Jt/PoLgdZc2KUvTOnZO2ac/E7Qr8PF"
    "Z0Q/on9PxoINr25aj4b9xqDd4t8d+p2knaWLmv4sSqvQVuuVeqj9Tc/fh6fQYUEL7iX56V"
    "kyVmKkJpge5lrZbjAFJDY7rl3Sj19mWJVscOPzwGVE5m43zVuCf3vT3iv1JgNFT7/Qk/CM"
    "V20uNmyJpEmP9k+i76Zv8vi2taRpWOWydG5VOksXagQsHbB0wNIBS3dSlk5SVV22zwiRvt"
    "nCjy98uAVtt7EhH5KvKGkyjkGf0NXxRqIznQ0ns+Hi906+8fDpesh7WmqD0WRODvMech+W"
    "2nw4/jQSxPnn4fRWGC/Ej8MZrecWd4qM73mW4T1PHt1z3uA+i+ZWVTg85LWuq1jS+MuIoW"
    "TG8J6QVjWI3uZVHcfAg/d6MhlFOMTr4YLB+e72WpidOfCTRoqFw4dDADplNHRjhQ1xq6uK"
    "XHg58fo54lq67g++TGY3wizvYvIJe8h/XGoz4RdhQFaL87/I8vg5w+r4OXFx/MyuDfIS6Q"
    "mLJibSEmd1JJ8wMcL2ybOVnDRERtpi2RJN6QFbL+SI0OWnnLtSUhdH3J78ksbuT6BXSF4F"
    "oFfo2EfOgUqFCe2jgeOfqFKIKEElA6/1nYlFVdGeDkTKVRr86vXZJtCq1MNMDX21s3UnMT"
    "2MV9VN08NsQ41AD3O0/bViPYz5tMvDybnNQQsDWpgT88b3kpFXhxgiKUUAafX83RqKzEH3"
    "BsvKRlL5APs0LKPrEL12iRs4oVPQvREGw9v+6Oz8bfeCkSQ84N/GLZU7w8BakqYjQZYI0R"
    "xRq3E3v8mpzyg4hy8zTOHLxBl8Gbe8K49rS3w0pA2H40xkHFiy/SxEA1QVpTARIA//ePJw"
    "eNRXhr6lJnTR3G23qoINMRdHnkQOC8xZYDHVQwrycdg/6gbZuLQv+CWmIk/wYgh11Sywk6"
    "RnUmxIz77gmDjhCBYEAewc0TOyKmbDARmAzJoeqsTAZah7RqSfBm5xmVQ+tqKZnO3fXDXC"
    "Ae42tKcR7aitWG13hryWTCyWNr2mbo+tn2b6w8PBqldvJwxpwdoCVZX6RP8A4SgUw4dLsk"
    "YxfJqBSrFRzEo3RaUIrl2gVGyoUlElwptIJU9xJb3k0RrECQuJNYUgf1/rfQK0Bj+e1qCQ"
    "Fd0X11xD46EscGZuriHibYIP6oEw9f2OWopUVLgqU65q4D4DMlW5UNE9S7Q3LQOTb20eum"
    "ndkP5oeNHM6a1NsFUpiga+QBxZNOIolCyMPkeagTR6NNYHpFGQRhu40R1BGpX1nWYZ+XwE"
    "ApI2opwF42SE4+71j+5pnBXegKJ9EQznmabwecoUPucoVAjDY+14O/BHVZeSlCkhIgbnB0"
    "rVPKTT3Icmd9cjAU1nwmA4H07GUQHerqRFgVPRTOiPWJR17bEAzGEqwDkDzltD0Q3F4uzI"
    "iWxamOR4KkGyEmvNroFSEJSCmZSCoOfKqopw02RAhA34qIAatRaIKWRyWZJ56Gqckn4WpJ"
    "u24gRZmZJQqlJlOtiR3W+TkGnTq+um5mUKtwJ96dG4wor1pXgjKblSFfoErdOYXlxlUZmS"
    "Vskqp6vTKk1rttMdQ2cK8iTIk5CqoTZ8hgMWh8nwUUzmMHS/SansxR/hlJL4u4UNTVJFAz"
    "90yC+JVCorvNnqFg26FJ/wS+dPhjP5g2zDkrWzv3Vo+3C6cdkjGnTyJ7AwR2VhwmOah5Nh"
    "6FpoQTu/+JDFyHPxIdnIQ+uYvGDMMskBOYe0fYxOJaC7DkekS+0RG1vD3QeyWzK55C2c8u"
    "X7Pfhbe15ePkbYvrleCVMfnLJxpPdnhQyoj5lXVRjfDMefOvlA98h6yH1YapOx+Hkyuukh"
    "92Gp+SkihZtQvkiB1Ez7s8WwPxr9LpI/kwFhzEkLTuFSC9WHSqfDwRfn7c4D7XHwxemE/g"
    "+/gSZvnUb7d4uWml/nl9wIo+FX5xv7j0tt0B8PhNGIlvqP4XfMhMXdbBx9iVdG82N6td5T"
    "p8CEvcziVHKZ7FVyGXMrceabeI8fdAOLa13l8Hh5Zi7bU403DZi/LZi/zclNc7RTreTUNO"
    "bu3tItiaNmTU2vFCaDDEs4DH48w1IRgAHdrOjaMQ8F/FNZuhbuFSU7qbrRJXk9VRmyGvMM"
    "dXJXdaYn18Nv35zm+/gB0ClAUyOApIp5IzR4tO2DvQK5hOJGk8uc50bbp2ofztUoLGzQiv"
    "i+xyjBMTuDY7aDWiEv+DgpIJ4B8WbZ2Y9q3WqXmT086LvtquCgRynBuaIuo+5hFBr2RM/y"
    "XLbqKNHxIl9qb7bmmJHyARulAmT3p08NeXQwbEHepKmhC0sbBnGS80+XSZoaXbcJqVJ5s7"
    "gMdENdtRXe6Oo9IBUt/na4z7ztgyV8y+Y13xTIo5GxkKp3L0anibFrJFQQ01PXmJ5GwgTp"
    "owrBZuCHnbY6EKuZ3Ul7IbJ2xqH7+czupIWTqXKHd4enSvJ69zmuPa7vIvYb7nOA70w0jD"
    "C1qiL9AUkasjv4yURrhTCcxksPPa91RJl78qXJs2R1yV+skab048vrDoNoKR3uj+37w/2l"
    "4CR/bCf5J0VL8Evj4+q1b6HFvnxT24Ohb8TDvFaZLmpseAOnvxY4/Vn6gfM10gHMVpitVc"
    "5WA0smzx9qgb8nsAUBRY3nZhnG3YXw2yJiWPJwPLvt//YqYlwaTcafvOYh3AejyTWDN2E9"
    "dY6GN5lb8AlayC5A3DqYViPtihvUfeEnu3wTJgHj337jnx9EfqBxqm1R/13GMhWeVxGz1K"
    "A/H/RvhDSrVOX6FNv8kqRO8Wwz+7QpqteuymRFoNA4lULDfNrl4VDc5i3kTyDRe9OYv792"
    "kmblyyscJgE2gONdRX6XJW4NRebM3NQgsCghRILh8MSOR4LRU1UsEmwXJQSc9+AMokL5e4"
    "R701w+VKNEgCuIYMcTwTiTtwRc23dJG4tsdM3m9rqsUr4NOc1xBNyoS12yhCtF2+11F7gj"
    "TI5JLfu6hh3TPqLnMTL1nSHjFaLWRyQh/1I0dKYb5DN1WPoHdVhC3t3dr+KeAyX2vdSW2m"
    "KNHXrFpC1Jd13kjuernu+ZgNaSab/QbrolBfMvd/mdELp+uiA7iZ//HZk6kOyPKdnDMV0N"
    "+wNiZ/mYNjBVGTkBhdlX17Sbw5Du0VHjsPNEDcYjoT93ypynuKm6iAn5/F2WHASsJSeUgu"
    "AdGNzA4AZSdCVbnsuu5YOVoSqEbM28MsoGluU+MyLLkgG0oKE4iYYicqX2gcjmuYysZnM3"
    "K7jsus0QfOttoiUAPA911U58mROnVlqg2JV7vGuZONfypVzP5AZy57vXvvPrWpHXgW7GRC"
    "Y2vmEkIbe/fwaP6Fmx1kjTHdWM3W6F7l+QpKpxpVCJ/e670iH4xex9DaC2OabaBvKGtI8t"
    "bCO2kDmk6swhteIOm4pvKnt4YifN0P23HMYlejtuMssSuo83G7MyoImEsUENP+oLInSGG5"
    "GKrLWh7x7XNvegyNh8bfeNziRL3ygymv9rhP6HcBwqXj0SIkN/5tixSu+dy7iEzLjAuNSD"
    "cSHokHHOpSMMKI53rL6pNbzhYC2Hh8+BZ5gEAI0pXKUHbL2I9qaTR+PKkAGw8ZnqKLi2us"
    "K7TStlujJ0AG0StAVszjxSAJgFWNWfk3aEa11XsaQluOGG6RhY7wlhVbh6DMNxXW+vJ5NR"
    "xFR5PWTDX+9ur4XZ2TnjmMtJ32mzh4UMyBHKEgzI9VTI1t1e7GGSajC2K90dKOfKYkmPuL"
    "j8ksauLkg1nXxyNNM9g7Pc4vkVwdMPVMYNwDZFZQxu+SW75YPOuDjAGV0KkpXGYV3uN1xG"
    "Slcqaty6fbUI+UpzSkZBS9Kwh1Hdp2TfhNvu1bPbIRi2MruHXFWnnefRU9MhMs2QRRqZu4"
    "0d+UGeTYzIuy3JjCvWD+8uS0xHdHOJrAQ7tiNkbcifreFaefxR1Ow/X1xcXr6/eHP57sPV"
    "2/fvrz688U/MeFXa0Xk9/ERPzwhvCcEfwBK2D9uk9HTZgkAOTFV3JHAJ+zAQhtMFjfSwH5"
    "Za/+aXu/niVhiTwuB5qQ0md7TI/kdDROxgET9qxA8a8WNGnJARJ17Ey0EoUm5lMvjiZSL0"
    "PnsZDoP66Oeltpj1x/OPwqyHvCf2QDpNAIp78on2sZbf1hjQgS48yeKYG9s4IYDLggu5IK"
    "tOB2TgB2xgjZe5JhnlCFEbcpxWntRKtzgAJ2eQ9dq3Ads0lXEV+WObFWwJt4WWEmvJCNjZ"
    "T+E4IUgZ+xXPjPfkoeFAEZ/NhiGdOSIoNtFqFRQ03RnyWjKxE1XIUftFG3TT1H5bt6nom6"
    "MrToPKRFtBVpW6ebk2MFPFzaz/cdHJh7dD1EP2v6U2t7UTc1cvMf44nN3adyN4j9G7EQbC"
    "8Ct7N4JTRvUSXm1QxrttoYi24SKbVJEiVAC3e8LbEghXtJEsRebYDfY5DPl04C2Uw1sIf9"
    "9iuZiAwZCCN1593IM4IgXWrAJjHCKD8a3z+IKe4AfUE4CrZ9tGPYur5+myRtVukMGyX2ts"
    "03RuJ8m/UzeQy03AA/6exREu0d+T5lE+0Nczop70bmlqCfKV+nvGgdun/N1/B1ZUAVzRZV"
    "h/cPTMnkM85DQ4pbYXcj1X4WYkY4V6CxUKaubQgrMR9xYnmUgeHNFw7yVOHt3Bdws1R+NT"
    "6GohcLGu6Hqh6JGbD14eLaCcIf4uxoAcGobHGtkbhnfmYDzejINriEqFuL7XEHnqB28QeE"
    "FmTJNuapiZJ+uH5sf+QLO+f/fPTzTw6wEb6MG+HMjtpYfomd5FKpZWiOp0u2ijaMpmt3Fv"
    "AfK4qXjQWbldc2WfsDYIpJ46SD0FOMfSmMaablKlcY3yzqD+5hyhJ9lJPUxzRL+hu3ney2"
    "0KeqlfZnDbuUz02rmM3a1K9iKR7kXiSnrhKOMS94c4IVwCEefP3f1dLJyZLLmD43Hq5w0B"
    "G4TMtt2+00ZkwdZ3BFsfyJHVyZEnTgQ+Jb1Ij3x7lVvVTbVShRpVHJ+wVrY0A0r+3B8glR"
    "0olT2T9by2xEdD2uRhalkyOLR4aWBtUUTcbHJJCyEaEBQ4HlXKKi+mYRKANA7p2lnMuTCN"
    "0ACoHFkgdKblkAWiVLCtZpAFXMjKkAVCXTUM5MyyQHSC1YpfVeSnhWQ+dXgMq1eXzrGSVq"
    "LlNctwv55kIXq1HaWjN8roqoply7SNEbTcMTYomv3B9+fjXahXvKMs/HFCkC6dx4aiG66e"
    "KxR2YYf2hm2HENYLYb2Z1POTqTDOqZ+3aXqI/l1q/fl8+GlMg269p6U2HIvT2eTTTJjPey"
    "j0YalNxuLnyYg0dh+W2s1kLPQQ/VteBG/5+cLCyy6z+jQgAd+yWCIr0yQnNc6VZSlM04bQ"
    "6CNks2pWTB+Ed/UgqA9GvWhQnyUZxUY9SglR2vUZ5PjalvXNlspvxe4+itLCSNd5pAs4Lo"
    "O/MoTn1kVNV5YLeNtdv/N5fENQbqODcl2tZtvicSNsqCxph95TQ7oQvrVLL8+1FR2KU3bz"
    "RT35tCNHdodXX4rNIUM8t2d3qCyU2zNqhLyNIJrhlKp9cKGtyGz+tMujA3abt/A2g/KT7N"
    "9Lhkz2rjzwhkjap2GvAGFFE1Vd9o/pzDAzdID1fqwhiUYFcSHUfaFQCg0OJRg54y5humEV"
    "QTdOCOCy4Nrsdy5uLEQBu8F+BZ4nghwaERLy5GoYwFmVTKGJVSf/ukCNwksoENaxpKQSIM"
    "1E/C3XbbWUBqn6Yw8RQuPF/txFkizjLRl6pBtI062u7StHe8PSvaJy0wYc2lmqZC2rCnWL"
    "tH/godI13EhL645xIy0zajl47jglcN37uW64cLBqF60V/qbku20woGjfDD7PBPF5CsTncY"
    "hPoAip90QG6byu/Dhzky79ftxZm+Uma4+6zhO40x8MhOnC9h93n5bar7PJ+JM4XAi3PRQ8"
    "L7XJV2EmTof0omn/canR3ulT/3ok9FD4E8tQnsZ3/Iga7lpv7eVvOuDdnAx9M/1cs3g3g+"
    "IHFD+g+OmmKX48vxCe3ifkM5Ki9gm3qjYXiO//ZscwypJh8C8u9bCGkEYIaUwPaZz2B1+E"
    "vEkHXSp63Sj9v9RuhvNpfzH4TMuCZzu4cTHrj+fDhR3b6D4T5vRuIX6czMQbYTQkzOnvhE"
    "dlSkifzpPdpfe41ITfKOM7nIx7yH+s83WmdDd4Il9AJMN/z/PxTWZuOaSlMLqnXYIVs7nY"
    "JEyoza6SfVqhWvAiV20mdQJBIHUOAqE5uQpJOBFCEHDqMuhZBJyVYm4lS14XGvcYMazvOq"
    "9vdzMuNtQMLYx0nUc6KtlklFKiRJB2K64kXxn6VqTiqmhg8gPNnB7aSeQAdRxqCEhtgxdb"
    "yyfpKSN8WwgtBPjuY05aEuBbs7lbcnwvu+Ue17zRUGyTrBt8WGOcVAkY35A+qcFiFvTYTq"
    "iT2NAMuLsiQgloD4Ke2olyVJo6IBWAmyn/0GwAQb79lhx9kYlZQr4Ez1jZ5nwJvknE9rI/"
    "ELCF21nrsiccw1yelBeAnYX7zeYVpQWI2c7hHo3EmQT5AJqEM+QDAB/tZk5XuPUBbn04PX"
    "/Ubc6tD1EWlcNuxXjYZH4ryjsDw9Vmhqt5joj5wQYnxARmJu6EqMv2fdZF/CYY0hY6R7XJ"
    "b6JIfqV251aqJAwZnEx/3CVmYJkaKYvspQxpC/fSFjuagvAKwisIr3mEV88gnWQqiNR300"
    "TXwOJ7JFtByLAMkiuYChq6yYKpAEwFDZ2uhfzTS/BKbyOuKbzWKb3P6gZ1Vo4rxemsJgyX"
    "NwYpPFdomLKwXaF5sj+t5dxWHyN5LWmP2EQ6EQeRtTb03eMamdig+djM17Rv2jU6UywTjZ"
    "QHLL+QvfZVPLHl4d1xU1v6HtnmbrtVqSsfm9XyD78K7okGW0aepAoz4V93wnyRP6+CT9hD"
    "/uNSG0zGH4ezW9uw4D0utfnn4XRKy9yHOl8JDcmnkqFvr8oMrtZt26hzNOQxH13ySx8UY1"
    "Pw0tUoLZhC6jPQfJX4ttglyhFKGOU6jzJEMlegjYsKFlmNSVEqQBbibk8Td+uLzIcDOw91"
    "1VJsmWV7QCgdXIWaAHnZsXSsabIlM7PSyLAZfthpUX1YtKabpms0gjbHTKFqYGtnaCLYe0"
    "+l3ZM2+o7n63GDZWUjqXxwAyJWdHCoXrvUzV26PDBvhMHwtj86O3/bvbDlASIlKM4x4inl"
    "3sZcFW3vXU3mGCdTbv8J0bTQAnyZQbt5majcvGQR1nSLk39kgb8n7Axe+zb42qbJucJvi4"
    "iI60F4dtv/7VVEzB1Nxp+85iHIB6PJNdywdGTXZtDUJ6PfTJ1tFk096HiqcGFhWcvs4HJp"
    "Ic0aqHtOou6JzsYS4J3ZHbY+URV3FUfgJt8Eje9Go1N5DDkDkeSgHartpsvu9u+sxjebld"
    "HtWRX4+x50FS1I7+CtXSOcwVsbvLUbOV2JYGTmCzoOKFo4aa8yCeZXKYL5VVwwJ8KepdvX"
    "lBSYwXzi483lNw2ZyPRCEN0shjGXFiCup1hcuw2k6jiPE0twdcO7PBHuxDEf0YFIFOIyxX"
    "vEZ8nRbLEgtkFIxTFDKqb92WLYH41+F2fCQBh+dfJIsWVLLaj1njoFGMLyMzqBIQwMYWAI"
    "60LICox6CSErYP4Ey1xNBI79lrksjsKON+WBTrCB22Y7zHNlOwlHzWMtmY+Vugj3t8pCf8"
    "JahyOn+nXdNBFV2ipEpPSaVSmdgkR6TInU/h+DNVmc8dofUQLNKXjWSZaxV4y4lsx1Hoyj"
    "VOUgfdpJXLFpcUuOXeV7HogDihaK5eWnkTB0NWGX2K+18mjrDHSnf3M7HPeQ/W+pTabzHi"
    "J/ltqv/ZnweXI3F3rIf1xqg7v5YnIrzHrIe1pq87vpdDSkZd4TzQsym9lF7gMp+dwfj4UR"
    "KXEeiii1yh9eU9a3uU4Bn6ANvvTMOXCVZXsirZLPgavYBgU6rWT0m6ndyKLTwt+3CumtSI"
    "ryCCWkaaiPCis+ygb+pj8VTEsepoRRrtsox7Rqp7E0/4rv17r+1LcsvNlyTc1Mi26aIP/s"
    "tCWTLmi8N7PgRMNoOpkvkP6AJORdm4AkbYWe15KFZPJ9EP216IxI9UEDVX/kJBY8uLeSlQ"
    "jXyuOPokf4+eLi8vL9xZvLdx+u3r5/f/Xhja9QiFelaRauh5+ociGyHjMEHTuTrtBuydK2"
    "kBdq+oYZkSlsZwUyfiuOZJGcaSdKBZFXcT8+lfxyTX4RNxwteiKuUSKwm3FwxYaRz7PDJ2"
    "ifEFyVI/WWvBSL+LuMjS3nAEhzW4/TthD284sssJ9fJMNO6xjXau+Sq7ysD0PYpk3jCGxQ"
    "ikneA7YEq7zL+d+EemzYiGS1zzOzsU6uwOwgJEto4XHaL6KF50nZsZ3m7j6gJo3su2l5cZ"
    "1/hNxONfzd8gRHyoX/STM5sT1Jj4SNfCQT0JmrkZID0rmDkHYsIc2fCnl4oW+Jd63VytBT"
    "G5OlA5iJ/8o30yNkLZKOjjLlw3b5rSLnmd8+AUzuDJM7fgRk9paPUbYQ8MssXP5lMpN/Ge"
    "Px2RM2+4bCUgKXX3hT2Uovqi5x8P9lPhknuKEEJKw6U5Et9H9IVZoc5cfDkoIR0WHG0tOx"
    "mei6UeUk7YBNTwf3rP9QWmX+iVLTALqpML4Zjj918o2uR9ZD7gP1MBoMBOHGvnnIe1xqH/"
    "tD++Ih5/9S+zT8KozFu2kPeU+s/e00Pkau2JhHaR0mgXh+9rhhhfGc+x6HHPa+Wu994ESW"
    "vLba60RGWBNHDVjQxYilBjejOq9xCINt2xrnDHssJi6sQs97M1GMsk0SfFVBsazNohwr3J"
    "zptWGYZ7XEceZc8YBZjwNV9UeO4ipHUGjcB7Il8FcaGMqbucnmS3aC7zdhxoyDEDnapC20"
    "m2Im3BlqHs2+27yF6vyLN1lDR1NjR2P+UiYmclsuL6mAooUwn198yKKTuviQrJSidRxDIE"
    "cnlayyDyhAY3+Ixv6ZwCMmx5UmKOsjVO1zACxf7eogljvAkyFrH9KVhHkSxkb5xsH5Wicz"
    "VtIStNw+EYPyPaGqaifxGJHj7iTXk8kospNcD9m7p+5urwUyxZlr1nhe8GYB95kwVWssCk"
    "c2c4MaOnlAmqmiSlJD54h/jDk3K4cmeWqvZ3OlAv1kZ93r3wXqJtjhCPLh6m6aAK/bDUXs"
    "t6w2IfF2d08Y5zV2/IPJBg3OwfV0Ds595Jbpq/rD4A+equCpWgfAwVO1lZsKeKqCp2rDBq"
    "NO8lImT44IR5tDHRShO6JGyC9plEqoJil6Zphq8XTtF/2+w70KJqjupl8E4zQU/9dtuTcz"
    "Tx95NMiiuXM2O9NCa/IGrCHpwcIGkpCsbzaKhc6WHfsyMiQZBpGpV6RPRVXtRDt28mtz2X"
    "nV7TADWvoLltqzoVgWoVZojxiZNNsP+ZWa6b5GMpFimUiWdiap1Z3XkpcYkrkmpZqmW0jV"
    "SZ1ivV5qS21BOtkauoxN02nrfB0TGTuNdoVIka7J+J/oP7IqkZ1xJe40S1H/gxTnTWQxmv"
    "g16iOCOjJJjbrUiKCKbaqgBfnVdp+IyMbojBZ7b10peNVFumH/Hh+uB0lR8eoVfQuhWpKp"
    "QxYEuqeJjl480p/MoP2zbjxh4zXyZotJcCSvX+HNVid4WZD6qP48VrLg/KRouSJqvfYtlC"
    "oqSAAMDO2pGFowB/wQ7Gzk5Mw90izxcQb7mIdMm8YaQrVKT9lmWmJCfrEF/p5mrG5VkrG0"
    "RSL8tkg/m/w1MpqMP3nN2QOrNhJhHxuKvO7w7ltxarqpt60EbcBh9mhMasUOs9+IBMyNN0"
    "gWAkIkLZQDLq6uMvlgXaX4YF3FDAxkUeVA2G3eQnTPM3kln6c4JZ9zLufUNcv1CMgqaIVI"
    "QNDKKWid9DD7+/8BvQovEg=="
)
