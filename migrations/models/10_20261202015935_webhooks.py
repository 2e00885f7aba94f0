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
    "eJztXVt32ki2/iu1eGlnHSYrtuMkzTxhrCR0MDCAk+4JvTSyKIOOhURLwo7XnP7vp0r3S0"
    "lIQhKSsl9sUVW7BF/d9r3+29mqKyzrrweCpklY6/TQfzuKsMXkIVzVRR1ht/MqaIEh3Mtm"
    "W9HX6F43NEE0SPGDIOuYFK2wLmrSzpBUhZQqe1mmhapIGkrK2ivaK9Jfe8wb6hobG/PbfP"
    "+TFEvKCv/AuvNx98g/SFheBb6stKLvNst542Vnlg0V46PZkL7tnhdVeb9VvMa7F2OjKm5r"
    "STFo6RorWBMMTLs3tD39+vTb2T/U+UXWN/WaWF/RR7PCD8JeNnw/9573yjo8P54s+Dm34P"
    "lOBoBEVaHgkq+qm79+Tb/CPy7O375/++Hy3dsPpIn5Nd2S939br/aAsQhNeMaLzt9mvWAI"
    "VgsTYw9UkQx0FNbBRtDYuDrtQ8iSrxxG1sGxvtBuhR+8jJW1sSEf371NwPFrfzb43J+dvX"
    "v7ir5QJZPfWhRju+bCrKJQe9Ca/zNA67QvBlqnwMPWW6qVg3vx5k0KdEmrWHjNuiC+z/h+"
    "o6qP/F6Ts8AcIsuFtj1N6wn2VSqwrxLAvoqCLWqYwsELRhTrG1JjSFscs2MEKENwr2zS18"
    "5DE6c6+YGriSK/2BMjAfzF8JabL/q3U/q6ra7/JZv49RccrbkwS19CpWfvQuPkdoK+DRef"
    "Ef2I/j0Zcya8qm6sNfONXrvFvzv0Owl7Q+UV9ZkXVr6t1il1UPubnr8Pj77DghbcC+Ljs6"
    "Ct+ECNNz30jbTbYgpIZHZc26Qfv8ywLJjgRueBzYjM7W6atwT/dqa9U+pMBoqeeqHG4Rmt"
    "2l5swyWCIqzNn0TfTd/k8G0bQVGwzGTp7Kpkls7XCFg6YOmApQOW7qQsnSDLqmieETx9s4"
    "HXL2y4OWW/NSEfkq8oKCKOQB/TVXUj0ZnOhpPZcPFHJ9t4uHQ95DwtlcFoMieHeQ/ZD0tl"
    "Phx/GnH8/PNwesuNF/zH4YzWM4s7ecb3PM3wnseP7jlrcJ95fSdLDB7yWlVlLCjsZRSiDI"
    "3hPSEtaxCdzas8joEF7/VkMgpwiNfDRQjnu9trbnZmwU8aSQb2Hw4e6JTRULUV1vidKkti"
    "7uXE6qfCtXTdH3yZzG64WdbF5BL2kPu4VGbcb9yArBbrf57l8WuK1fFr7OL4Nbw2yEuER8"
    "zrmEhLjNURf8JECNsnz5Zy0hAZaYdFg9eFB2y8kCNCFR8z7kpxXVS4Pbkljd2fQK8QvwpA"
    "r9Axj5wjlQoT2kcDxz9WpRBQggoa3qh7HfOypDweiZStNPjm9Nkm0MrUw0w1dbU3dScRPY"
    "xT1U3Sw+x8jUAPU9n+WrIeRn/cZ+Hk7OaghQEtzIl543tBy6pD9JEUIoC0ev7uNElkoHuD"
    "RWkryGyAXZowo2sRvbaJGzihE9C94QbD2/7o7Pxt9yIkSTjAv41aKveahpU4TUeMLOGjqV"
    "CrcTe/yajPyDmHL1NM4cvYGXwZtbxL643BrzVhy+A4YxmHMNlhFqIBqopCmAiQh38+edg/"
    "6itN3VETOq/vdztZwhqfiSOPI4cFZi2wiOohAfko7B9VjWxcyhf8ElGRx3gx+LpqFthx0j"
    "Mp1oRnV3CMnXAEC4IAto7oGVkVs+GADEBqTQ9VYuAi1D0j0k8Dt7hUKh9T0UzO9idbjXCE"
    "uw3taUQ7aitWu70mbgQd84VNr6ndY+unmfrwcLTq1dkJfVqwtkBVpj7RPUAYCkX/4RKvUf"
    "SfZqBSbBSz0k1QKYJrFygVG6pUlInwxlPJk18JL1m0BlHCXGJNLsjf13qfAK3Bz6c1yGVF"
    "d8U129B4LAucmptriHgb44N6JEx9t6OWIhUUroqUqxq4z4BMVSxUdM/izU1Lw+Rb68duWj"
    "ekPxpeNLN6axNsZYqini8QQxYNOArFC6PPgWYgjVbG+oA0CtJoAze6CqRRUd0rhpbNR8Aj"
    "aSPKaTCORzjqXr+2T+O08HoU7YtgOE81hc8TpvA5Q6FCGB5jz9qBP8qqEKdM8RGFcH6gVM"
    "1DOsl9aHJ3PeLQdMYNhvPhZBwU4M1KWuQ5Fc24/iiMsqqsc8DspwKcU+C80yRVkwzGjhzL"
    "pvlJqlMJkpVYa3YNlIKgFEylFAQ9V1pVhJ0mAyJswEcF1Ki1QEwik8sQ9GNX45T0syDdtB"
    "UnyMoUh1KZKtPBnux+25hMm05dNzEvk78V6Esr4wpL1pfirSBlSlXoErROY3pxlUZlSlrF"
    "q5yuTqs0rdlOV4XOFORJkCchVUNt+AwLLAaT4aIYz2GobpNC2Yvv/pSS+IeBNUWQeQ0/dM"
    "gvCVRKK7zdqQYNuuQf8UvnzxBn8p1sw4KxN7+1b/uwurHZIxp08iewMJWyMP4xzcLJhOha"
    "aEE7v/iQxshz8SHeyEPrQnnBQsskA+QM0vYxOqWAbjsckS6VNdZ2mr0PpLdkMslbOOWL93"
    "twt/asvHyEsH1zvRSm3jtlo0gfzgrpUVeZV5Ub3wzHnzrZQHfIesh+WCqTMf95MrrpIfth"
    "qbgpIrkbX75IjtRM+7PFsD8a/cGTP5MBYcxJC0bhUvHV+0qnw8EX6+3WA+1x8MXqhP73v4"
    "Emb50G+7eLlopb55bccKPhV+sbu49LZdAfD7jRiJa6j/53zLjF3WwcfIlTRvNjOrXOUyfH"
    "hL1M41RyGe9VchlxK7HmG3+PH1QN8xtVZvB4WWZuuKcabxowf1swf5uTm6ayU63g1DT6/t"
    "5QDYGhZk1Mr+QngwxL2A9+NMNSHoAB3bTomjEPOfxTw3Qt3CsKdlK1o0uyeqqGyGrMM9TJ"
    "XdWankwPv0Nzmu3jB0AnAE2NAILMZ43QYNG2D/YS5BKKG00uc54ZbZeqfTiXo7AwQcvj+x"
    "6hBMfsFI7ZFmq5vOCjpIB4CsSbZWev1LrVLjO7f9D3u1XOQQ9SgnNFXUbdwcg37LGe5Zls"
    "1UGi6iJfam+2ZpiRsgEbpAJkD6dP9Xl0hNiCrElTfReWNgziOOefbihpanDdxqRKZc3iIt"
    "D1ddVWeIOr94hUtPjpeJ950weLe0rnNd8UyIORsZCq9yBGp4mxayRUENNT15ieRsIE6aNy"
    "wabhh72yOhKrmdlJeyEy9tqx+/nM7KSFk6l0h3eLp4rzenc5rgOu7zx2Gx5ygO9MFIwwta"
    "oi9QEJCjI7+EVHG4kwnNpLDz1vVESZe/KlybNgdMlfrJCm9OPL604I0UI6PBzb993+peAk"
    "X7WT/KOkxPilsXF12rfQYl+8qe1BU7f8cV6roS5qbHgDp78WOP0Z6pHzNdABzFaYrWXOVg"
    "0LOssfaoF/xLAFHkWN52YRxt0F9/siYFhycDy77f/+KmBcGk3Gn5zmPtwHo8l1CG/CeqoM"
    "DW88t+AStJBdgLh1MK0G2uU3qLvCT3r5xk8Cxr/Dxj83iPxI41Tbov67IcuUf14FzFKD/n"
    "zQv+GSrFKl61NM80ucOsWxzRzSpshOuzKTFYFC41QKDf1xn4VDsZu3kD+BRO9NY/7+2guK"
    "kS2vsJ8E2ACGdxX5XQa/0ySRMXMTg8CChBAJhv0TOxoJRk9VPk+wXZAQcD6AM4gKxe8R9k"
    "1z2VANEgGuIIJVJ4IxJm8BuLbvkrYwssE1m9nrskz51uc0xxBwgy518RKuEGx30F3gjjA5"
    "OrXsqwq2TPuInsdIV/eaiFeIWh+RgNxL0dCZqpHP1GHpH9RhCTl3d7+Keg4U2PdSWSqLDb"
    "boJZ22JN11kT2er3quZwLaCLr5QrPpjhTMv9xld0LouumCzCR+7ncM1YFkX6VkD8d0OewP"
    "iJ3FY9rAVGXkBORmX23TbgZDukNHjcPWEzUYj7j+3CqznqKm6jwm5PN3aXIQhC05vhQE78"
    "DgBgY3kKJL2fJsdi0brCGqXMjWzCujaGDD3GdKZMNkAC1oKE6ioQhcqX0kslkuI6vZ3E0L"
    "bnjdpgi+dTbRAgCe+7pqJ76hE6dWWqDIlXusa5kY1/IlXM9kB3Jnu9e+820jiRtPN6MjHW"
    "tPGAnI7u+f3iN6lowNUlRLNWO2W6H7FyTIclQpVGC/h6508H5x+L4GUNtUqbaBvCHtYwvb"
    "iC1kDik7c0ituMOm4pvIHp7YSdN3/y2DcQnejhvPsvju403HrAxoImGsUcOP/IIInWZHpC"
    "Jjo6n79cbkHiQR66/NvtGZYKhbSUTzf43Q/xCOQ8arNSHS1GeGHavw3pmMi8+MC4xLPRgX"
    "gg4Z50w6Qo+iumP1Ta3h9QdrWTx8Bjz9JABoROEqPGDjhTc3nSwa1xAZABudqZaCa6dKrN"
    "u0EqZriA6gjYM2h82ZRQoAhwGW1ee4HeFaVWUsKDFuuH66EKz3hLAsXB2GoVrX2+vJZBQw"
    "VV4Pw+Gvd7fX3OzsPOSYy0jfabKHuQzIAcoCDMj1VMjW3V7sYJJoMDYr7R0o48oKk1a4uN"
    "ySxq4uSDUdf3I00z2Dsdyi+RXB0w9Uxg3ANkFlDG75Bbvlg844P8ApXQrilcZ+Xe4TLiKl"
    "KxU1bu2+WoR8qTklg6DFadj9qB5Ssm/9bQ/q2c0QDFOZ3UO2qtPM8+io6RCZZsggjfT91o"
    "z8IM86RuTdhqBHFevHd5cmpiO4uQRWghnb4bM2ZM/WcC2tfxY1+68XF5eX7y/eXL77cPX2"
    "/furD2/cEzNalXR0Xg8/0dMzwFtC8AewhO3DNi49XbogkCNT1VUELmEfBtxwuqCRHubDUu"
    "nf/HY3X9xyY1LoPS+VweSOFpn/aIiIGSziRo24QSNuzIgVMmLFizg5CHnKrUwGX5xMhM5n"
    "J8OhVx/8vFQWs/54/pGb9ZDzFD6QThOAYp98vHmsZbc1enSgC4+zOGbGNkoI4IbBhVyQZa"
    "cD0vAD1rDCylwTj3KAqA05TktPaqUaDIDjM8g67duAbZLKuIz8sc0KtoTbQguJtQwJ2OlP"
    "4SghSBmHFc8h78ljw4ECPpsNQzp1RFBkotUqKGi618SNoGMrqpCh9gs26Cap/XZ2U941R5"
    "ecBjUUbQVZVerm5drATBU3s/7HRScb3hZRD5n/lsrc1E7Mbb3E+ONwdmvejeA8Bu9GGHDD"
    "r+G7Eawyqpdwar0y1m0LebQNF+mkigShArjdE96WQLiirWBIIsNucMhhyKUDb6EM3kL4xw"
    "6L+QSMECl449XHPYghUmDFyDHGPjIY3zqPL+gJfkI9Abh6tm3U07h6ni5rVO0GGSz7tcY2"
    "Sed2kvw7dQO52AQ84O+ZH+EC/T1pHuUjfT0D6knnlqaWIF+qv2cUuEPK38N3YAUVwCVdhv"
    "WdoWd2HOIhp8Eptb2Q67kMNyMRS9RbKFdQM4MWnI2YtziJRPJgiIYHL3Fy6I6+W6g5Gp9c"
    "VwuBi3VJ1wsFj9xs8LJoAeUU8XcRBuTYMLywkb1heKcOxmPNOLiGqFCI63sNkaN+cAaBFW"
    "QWatJNDDNzZH3f/DgcaNZ37/75hQZ+PWANPZiXA9m99BA907tIxsIKUZ1uF20lRdrut/Yt"
    "QA43FQ06K7Zrpuzj1waB1FMHqScH51gY01jTTaowrlHca9TfnCH0xDup+2kq9Bu6m2e93C"
    "anl/plCredy1ivncvI3apkL+LpXsSvhBeGMi52f4gSwiUQUf7c3t/53JnJ4juojlM/bwjY"
    "IGS27fadNiILtr4KbH0gR5YnR544EfiU9CKs2fYqu6qbaKXyNSo5PmEj7WgGlOy5P0AqO1"
    "IqeybreWPwa03YZmFqw2RwaLHSwJqiCL/dZpIWfDQgKDA8qqRVVkz9JABpFNKNtZgzYRqg"
    "AVAZsoDvTMsgCwSpYFtNIQvYkBUhC/i6ahjIqWWB4ASrFb8qiY8LQX/ssBhWpy6ZYyWteM"
    "NpluJ+PcFA9Go7SkdvlFFlGYuGbhojaLllbJAU84Prz8e6UC9/R2n445ggXTqPNUnVbD2X"
    "L+zCDO312w4hrBfCelOp5ydTbpxRP2/S9BD9u1T68/nw05gG3TpPS2U45qezyacZN5/3kO"
    "/DUpmM+c+TEWlsPyyVm8mY6yH6t7gI3uLzhfmXXWr1qUcCvmWRRFa6Tk5qnCnLkp+mDaHR"
    "FWSzalZMH4R39SCoD0Y9b1CfIWj5Rj1ICVHa9Rnk6NoW1e2Oym/57j4K0sJI13mkczgug7"
    "8yhOfWRU1XlAt4212/s3l8Q1Buo4Nyba1m2+JxA2yoKCjH3lNDuuCe2qWXZ9qKjsUpvfmi"
    "nnxaxZHd/tWXYHNIEc/t2B1KC+V2jBo+byOIZjilah9caEsymz/us+iA7eYtvM2g+CT794"
    "Imkr0rC7w+kvZp2EtAWFJ4WRXdYzo1zCE6wPow1pBEo4S4EOq+kCuFBoMSjJxRlzBVM/Kg"
    "GyUEcMPgmux3Jm7MRwG7wWEFniOCHBsR4vPkahjAaZVMvolVJ/86T43CSijg17EkpBIgzX"
    "j8lOm2WkqDZHXdQ4RQezE/d5EginhHhh6pGlJUo2v6ytHesHAvycy0Acd2lihZi7JE3SLN"
    "H3isdA030tK6Km6kDY1aBp47Sglc92GuGy4cLNtFa4WfpGy3DXoU7ZvB56kgPk+A+DwK8Q"
    "kUIfWeyCCd15UfD92kS78fc9amucnaoa7zBO70BwNuujD9x+2npfJtNhl/4ocL7raHvOel"
    "MvnKzfjpkF407T4uFdo7fepfj7ge8n8KM5Sn8R2vUMNd6629+E0HvJvjoW+mn2sa72ZQ/I"
    "DiBxQ/3STFj+MXwtL7+HxGEtQ+/lbl5gJx/d/MGEZR0DT2xaUO1hDSCCGNySGN0/7gC5c1"
    "6aBNRa8bpf+Xys1wPu0vBp9pmfdsBjcuZv3xfLgwYxvtZ8Kc3i34j5MZf8ONhoQ5/YPwqK"
    "ES0qf1ZHbpPC4V7nfK+A4n4x5yH+t8nSndDR7JF+DJ8N+zfHzjmVsGaSGM7mmXYMlsLtYJ"
    "E2qyq2SflqgWPM9Vm3GdQBBInYNAaE6uXBJOgBAEnLoMehoBZyXpO8EQN7nGPUIM67vO69"
    "vejPMNdYgWRrrOIx2UbFJKKUEiSLsVVZKvNHXHU3GV1zD5gXpGD+04coA6CjUEpLbBi63l"
    "k/SUEb4thBYCfA8xJy0J8K3Z3C04vje85VZr3mgotnHWDTasEU6qAIxvSJ/UYDHzemwn1H"
    "FsaArcbRGhALQHXk/tRDkoTR2RCsDOlH9sNgAv335Ljr7AxCwgX4JjrGxzvgTXJGJ62R8J"
    "2MLurHXZE6owl8flBQjPwsNm85LSAkRs53CPRuxMgnwATcIZ8gGAj3Yzpyvc+gC3PpyeP+"
    "o259aHIIvKYLciPGw8vxXknYHhajPD1TxHxOxggxNiDDMTdUJURfM+6zx+EyHSFjpHtclv"
    "Ik9+pXbnViolDBmcTH/eJaZhkRop8+ylIdIW7qUtdjQF4RWEVxBeswivjkE6zlQQqO8mia"
    "6exbciW4HPsAySK5gKGrrJgqkATAUNna65/NML8EpvI64JvNYpvc/qBnVajivB6awmDJcz"
    "Bgk8l2+Y0rBdvnlyOK3l3FQfI3EjKGusI5WIg8jYaOp+vUE61mg+Nv017Zt2jc4kQ0cj6Q"
    "GLL2SvfRVNbHl8d8zUlq5Htr7f7WTqyhfOavndrYJ7osGWkSWpwoz71x03X2TPq+AS9pD7"
    "uFQGk/HH4ezWNCw4j0tl/nk4ndIy+6HOV0JD8ql46NurMoOrdds26gwNecRHl/zSB0nb5r"
    "x0NUgLppD6DDRbJb7Ld4lygBJGuc6jDJHMJWjjgoJFWmNSkAqQhbjb08TduiLz8cDOfV21"
    "FNvQsj0ilA6uQo2BvOhYurBpsiUzs9TIsBl+2CtBfViwppuka9S8NlWmUNWwsdcUHuy9p9"
    "LuCVt1z/L1uMGitBVkNrgeUVh0sKhe29TNXbosMG+4wfC2Pzo7f9u9MOUBIiVI1jHiKOXe"
    "RlwVTe9dRWQYJxNu//HRtNACfJlCu3kZq9y8DCOsqAYj/8gC/4jZGZz2bfC1TZJzud8XAR"
    "HXgfDstv/7q4CYO5qMPznNfZAPRpNruGGpYtdm0NTHo99MnW0aTT3oeMpwYQmzlunBZdJC"
    "mjVQ95xE3ROcjQXAOzM7bH2iKuYqDsBNvgka341Gp/IYsgYizkHbV9tNlt3N31mOb3ZYRj"
    "dnlefve9RVtCC9g7d2jXAGb23w1m7kdCWCkZ4t6NijaOGkvUolmF8lCOZXUcGcCHuGal5T"
    "kmMGs4mrm8tvGjKR6YUgqp4PYyYtQFxPsbh2G0jZcR4nluDqhndxItyJYz6CAxErxKWK94"
    "jOkspssSC2QUhFlSEV0/5sMeyPRn/wM27ADb9aeaTCZUvFq3WeOjkYwuIzOoEhDAxhYAjr"
    "QsgKjHoBIStg/gTLXE0EjsOWuTSOwpY35ZFOsJ7bZjvMc0U7CQfNYy2Zj6W6CPd30kJ9xE"
    "qHIae6dd0kEVXYSUSkdJqVKZ2CRFqlRGr+j8AaL8447SuUQDMKnnWSZcwVw28EfZMF4yBV"
    "MUifdhKXbFrckWNX+pEFYo+ihWJ58WkkNFWO2SUOa60c2joD3enf3A7HPWT+WyqT6byHyJ"
    "+l8q0/4z5P7uZcD7mPS2VwN19MbrlZDzlPS2V+N52OhrTMeaJ5QWYzs8h+ICWf++MxNyIl"
    "1kMepVbxw6uL6i7TKeAStMGXPnQOXKXZnkir+HPgKrJBgU4rHv1majfS6LTwj51EesuToj"
    "xACWka6qPCio6yhp/Ux5xpyf2UMMp1G+WIVu00luZv+H6jqo99w8DbHdPUHGrRTRLkn622"
    "ZNJ5jQ9mFpwoGE0n8wVSH5CAnGsTkKCs0PNGMJBIvg+ivxadEaneayCra0ZiwaN7K1iJcC"
    "2tfxY9wq8XF5eX7y/eXL77cPX2/furD29chUK0KkmzcD38RJULgfWYIujYmnS5dsswbQt5"
    "oaZvmAGZwnRWIOO3YkgW8Zl2glQQeRX145PJL1fEF37L0KLH4hokArsZA1esadk8O1yC9g"
    "nBZTlS78hLMY9/iFjbMQ6AJLf1KG0LYT+/SAP7+UU87LQu5FrtXHKVlfUJEbZp06iADUow"
    "yTvAFmCVtzn/G1+PDRuRtPb50GyskytweBDiJTT/OB0W0fzzpOjYTn1/71GTRubdtKy4zu"
    "8+t1MF/zAcwZFy4X/STE7hnoQ1YSPXZAJaczVQckQ6dxDSqhLS3KmQhRd6ir1rrVaGntqY"
    "LC3AdPxXtpkeIGuRdFTJlPfb5XeSmGV+uwQwuVNM7ugRkNpbPkLZQsAv03D5l/FM/mWExw"
    "+fsOk3lDAlcPm5N5Wd8CKrAgP/3+aTcYwbikcSVmdKooH+D8lSk6P8WFhSMAI6zEh6unAm"
    "um5QOUk7CKeng3vWfyqtMvtEqWkA3ZQb3wzHnzrZRtch6yH7gXoYDQYcd2PePOQ8LpWP/a"
    "F58ZD1f6l8Gn7lxvzdtIecp7D97TQ+RrbYmEVp7SeBeP7wcRMWxjPuewxy2PtqvfeBE1n8"
    "2mqvExkERrZt1BmLPRIl5VeqZr2rJkLZJpmurDDJsBa7GLvMPNRrwzBPa5thzLn8IZQOTy"
    "Kra4YqI0OYYNQrriXwlxoqyJq58Qat8AQ/bNSKmIsglrBJW2g3wXC01+Qsul67eQsVvBdv"
    "0gYTJkYTRjxodEw4+Ux+Mx5FC2E+v/iQRktx8SFeTUHrGKYhhpYiXonrUYAO9xgd7jOBh4"
    "+PNIxR3wao2ucSVrwizkIsc8hfiKx9SJcS+EcYG+mJgfO1SmasoMToPV2iEMr3hKqsncRh"
    "RKrdSa4nk1FgJ7kehm8juru95sgUD128xfKL1nM4VPipWqNjrtjwCYrJ+AFppooqTjGZIS"
    "Iu4u4qHZv2p72+rqUK9JO9ca/+4KjjWIchyPuru0kCvGo25LHbstwUtbv9PWGcN9jyGCUb"
    "NLiL1tNdNPORW6T34k+DP/gugu9iHQAH38VWbirguwi+iw0bjDrJS6n8dwIcbQZ1UICuQo"
    "2QW9IolVBNkrbMMNXiqcpv6n2HeTmIV91NvhrEasj/r93yYK6WPnJokEGzqWz3uoE25A1Y"
    "QcKDgTUkIFHdbiUDnS075vVUSNA0IlOvSJ+SLJupV8x0yPqy86rbCQ1o4S9YKs+aZBiEWq"
    "I9YqTT/C/kVyq6/RpBR5KhI1HY66RWtV5LXqIJ+oaUKopqIFkldZLxeqkslQXpZKepItZ1"
    "q631dXSk7RXaFSJFqiLif6L/iLJAdsYVv1cMSf4Pkqw3kcWo49eojwjqSCc18lIhgio2qb"
    "wW5FebfSIiG6MzWuy8dSXhVRepmvl7XLgeBEnGq1f0LYRqSaYOWRDonqa+eXFIf9G99s+q"
    "9oi118iZLTrBkbx+hbc7leBlQDKc+vNY8YLzo6RkirF02rdQqighJSwwtKdiaMEc8FOws4"
    "GTM/NIh4mrGewqD5k2jTUE7xSexEs3+JiMUwv8I8lY3aq0U0mLhPt9kXw2uWtkNBl/cpqH"
    "D6zaSIR9rEnipsO6gcOq6Sbev+G1AYfZypjUkh1mn4gEzIw3iBcCfCQtlAMurq5S+WBdJf"
    "hgXUUMDGRRZUDYbt5CdM9TeSWfJzglnzOua1QVw/YISCto+UhA0MooaJ30MPv7/wHD3pD4"
)
