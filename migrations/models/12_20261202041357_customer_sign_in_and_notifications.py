"""Customer sign in and notifications."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "customer_notification" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "kind" VARCHAR(32) NOT NULL /* SIGN_IN_CODE: SIGN_IN_CODE\nORDER_CONFIRMED: ORDER_CONFIRMED\nORDER_SHIPPED: ORDER_SHIPPED\nOUT_FOR_DELIVERY: OUT_FOR_DELIVERY\nDELIVERED: DELIVERED\nRETURN_RECEIVED: RETURN_RECEIVED\nREFUND_RECORDED: REFUND_RECORDED */,
    "language" VARCHAR(8) NOT NULL,
    "data" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: PENDING\nSENT: SENT\nSKIPPED: SKIPPED\nGIVEN_UP: GIVEN_UP */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "last_error" VARCHAR(500),
    "created_at" TIMESTAMP NOT NULL,
    "sent_at" TIMESTAMP
) /* One message to one customer, written in the transaction of what caused it (with its */;
CREATE INDEX IF NOT EXISTS "idx_customer_no_status_a89bfc" ON "customer_notification" ("status", "next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_customer_no_email_3f9144" ON "customer_notification" ("email");
        CREATE TABLE IF NOT EXISTS "customer_refresh_token" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(32) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "channel_code" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP
) /* Trades once for a new customer token and a new refresh token (rotation). `family` */;
CREATE INDEX IF NOT EXISTS "idx_customer_re_family_f2ee4f" ON "customer_refresh_token" ("family");
        CREATE TABLE IF NOT EXISTS "notification_preference" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "language" VARCHAR(8),
    "opted_out" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A customer's language and the kinds they do not want (sign-in codes always go out). */;
        CREATE TABLE IF NOT EXISTS "sign_in_code" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "failed_attempts" INT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_sign_in_cod_email_97c5d5" ON "sign_in_code" ("email", "used_at");
        ALTER TABLE "channel" ADD "customer_cancel_allowed" INT NOT NULL DEFAULT 1;
        ALTER TABLE "api_token" ADD "channel_code" VARCHAR(64);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "customer_notification" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "language" VARCHAR(8) NOT NULL,
    "data" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "last_error" VARCHAR(500),
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_customer_no_status_a89bfc" ON "customer_notification" ("status", "next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_customer_no_email_3f9144" ON "customer_notification" ("email");
COMMENT ON COLUMN "customer_notification"."kind" IS 'SIGN_IN_CODE: SIGN_IN_CODE\nORDER_CONFIRMED: ORDER_CONFIRMED\nORDER_SHIPPED: ORDER_SHIPPED\nOUT_FOR_DELIVERY: OUT_FOR_DELIVERY\nDELIVERED: DELIVERED\nRETURN_RECEIVED: RETURN_RECEIVED\nREFUND_RECORDED: REFUND_RECORDED';
COMMENT ON COLUMN "customer_notification"."status" IS 'PENDING: PENDING\nSENT: SENT\nSKIPPED: SKIPPED\nGIVEN_UP: GIVEN_UP';
COMMENT ON TABLE "customer_notification" IS 'One message to one customer, written in the transaction of what caused it (with its';
        CREATE TABLE IF NOT EXISTS "customer_refresh_token" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(32) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "channel_code" VARCHAR(64),
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_customer_re_family_f2ee4f" ON "customer_refresh_token" ("family");
COMMENT ON TABLE "customer_refresh_token" IS 'Trades once for a new customer token and a new refresh token (rotation). `family`';
        CREATE TABLE IF NOT EXISTS "notification_preference" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "language" VARCHAR(8),
    "opted_out" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "notification_preference" IS 'A customer''s language and the kinds they do not want (sign-in codes always go out).';
        CREATE TABLE IF NOT EXISTS "sign_in_code" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "failed_attempts" INT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_sign_in_cod_email_97c5d5" ON "sign_in_code" ("email", "used_at");
        ALTER TABLE "channel" ADD "customer_cancel_allowed" BOOL NOT NULL DEFAULT True;
        ALTER TABLE "api_token" ADD "channel_code" VARCHAR(64);
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXW1z2ki2/itdfFmnLpuK7TjJsLduFcZKwgQDCzgzs8OWRhYN6Fq0GEnEce2d/3679Y"
    "ZeWkISEkjK+WILqU8Lnm61znnOS/+ntdEWWDVe9yRdV7De6qD/tIi0wfQgfKmNWtJ2u7/A"
    "TpjSo2q1lX2NHg1Tl2STnl5KqoHpqQU2ZF3ZmopG6FmyU1V2UpNpQ4Ws9qd2RPlzh0VTW2"
    "FzbX2b3/9NTytkgb9jw/24fRKXClYXgS+rLNi9rfOi+bK1zvWJ+dFqyO72KMqautuQfePt"
    "i7nWiNdaISY7u8IE65KJWfemvmNfn30754e6v8j+pvsm9lf0ySzwUtqppu/nPor7cy1RHI"
    "5m4lSYiWIrA0CyRhi49Ksa1q9fsa/w96vLt+/ffrh+9/YDbWJ9Te/M+7/sW++BsQUteIaz"
    "1l/WdcmU7BYWxntQZTrQUVh7a0nn4+q2DyFLv3IYWRfH6kK7kb6LKiYrc00/vnubgOPX7q"
    "T3uTu5ePf2FbuhRie//VAMnStX1iUG9R5a638GaN32xUDrnthju39UTw7u1Zs3KdClrWLh"
    "ta4F8X3Gj2tNexJ3upoF5pBYLrSdaVpNsG9SgX2TAPZNFGxZxwwOUTKjWN/RK6aywTErRk"
    "AyBPfCEX3tHtRxqtMfuBgR9cWZGAngz/r3wnTWvR+z220M40/Vwq87E9iVK+vsS+jsxbvQ"
    "OHmdoF/6s8+IfUT/Gg0FC17NMFe6dcd9u9m/Wuw7STtTE4n2LEoL31LrnnVR+4u9f5dPvp"
    "cFO/EoyU/Pkr4QA1f208NYK9sNZoBEZsetI/rxywSrkgVudB44isjU6aZ+j+Bf7rR3z7qT"
    "gaGnXWlxeEYvba424TMSkVbWT2L3Zndy9ba1RAhWuSqdcylZpfM1ApUOVDpQ6UClO6tKJ6"
    "mqJlvvCJHd2cSrFz7cAtltLMj79CtKRMYR6GO6Ot1ItMaT/mjSn/3WyjYenlwHuUdz0huM"
    "pvRl3kHOwZxM+8NPA0Gcfu6P74XhTPzYn7Dr3NOtPON7mWZ4L+NH95I3uM+isVUVjg55q2"
    "kqlgj/MQpJhsbwkYqWNYju4lWexsCD93Y0GgQ0xNv+LITzw/2tMLmw4aeNFBP7Xw570Jmi"
    "oekLrItbTVXk3I8Tr58TPku33d6X0eROmGR9mDzBDvIO52Qi/Cz06NNi/8/zePyU4un4Kf"
    "bh+Cn8bNCbSE9YNDC1ljhPR/wbJiLYPHu2lDcNtZG2WDZFQ1pi84W+IjT5KeOqFNfFCZcn"
    "70xt1yd5R3Hb0GVFZsuOKlpLPeaYBYlDkdALvCwyDAaQPEDyxJM81vv/SIZnxPqo4fjH8j"
    "sBRlrS8VrbGVhUFfJ0JFIOg/OL22eTQCuTFBvr2mJnEVkRUsy91E4ixba+RkCKnWx9LZkU"
    "M552WdRqpzlQYkCJndlQeZT0rISuT6QQa7DR83erKzIH3TssKxtJ5QPsyYQVXVvotSNcww"
    "mdgO6d0OvfdwcXl2/bVyFLwgX+bdRtvNN1TOJopzhjbi9zQorpYXqXkVzKOYevU0zh69gZ"
    "fB0Ng1BWa1Nc6dKGo3HGKg5hscMqRA14o0KUCLCHfzx72D/qC13bsngG0dhtt6qCdTGTRh"
    "4nDg+Y/YBFqIcE5KOwf9R0unCRL/gl4q+ICSnxdVUvsOOsZ3pal549wzF2wlEsKALYfkVP"
    "6FMx6ffoAKRmehiJgYugewa0nxoucakoH4v1p+/2bw6NcETsE+tpwDpqKlbbnS6vJQOLhU"
    "2vsdNj46eZtlweTb26K6GPBWsKVGXyid4LhEMo+l8u8Yyi/20GlGKtlJV2AqUIcXZAKtaU"
    "VFSp8SYyy1NcSC9ZWIOoYC6zJhfk7yu9TgBr8OOxBrm86J655jgaj1WBU2tzNTFvYwKCj4"
    "Sp63XUUKSCxlWRdlUN1xmwqYqFiq1ZorVo6Zh+a+PYReuO9sdyvSZ2b02CrUxTdB8LxLFF"
    "A4FC8cboc6AZWKMnU33AGgVrtIYL3QmsUVnbEVPPFiOwF2kiymkwjkc4muuwct7GaeHdSz"
    "QvneQy1RS+TJjClxxChSo85o63An9UNSmOTPEJhXBeMqn6IZ0UPjR6uB0IaDwRev1pfzQM"
    "GvDWRXZqH1Q0EbqDMMoaWeWA2S8FOKfAeasrmq6YnBU5Vk3zi5yOEqRPYqXVNSAFgRRMRQ"
    "oCz5WWinBqlkCGDcSoAI1aCcQUOrlMyTj2aRzTfma0m6biBCWy4lAqkzLtOZnhLV6NLPda"
    "O7FIlr8V8KUn0wpL5kvxRlIy1Y30BBrHmF7dpKFMaat4yunmvKRpxVa6U3CmYE+CPQmlGi"
    "qjZ9hgcZQMD8V4DUPzmhSqXvzur++Jv5tYJ5Iq6njZor8kcFFZ4M1WM1nSpfiEX1r/Dmkm"
    "v9NlWDJ31rf2LR92N27pHap4WCeCdwKl5qRKjR/7LLpNSK6BPrXLqw9p3D5XH+LdPuxaqG"
    "xb6MHJADlHtHmqTymgOyFItEuywvpWd9aB9L5NrngDp3zxkRDeYp9Vu48INm+ul6Lm79+7"
    "UaQPF+3cS5+y7K0wvOsPP7Wyge6KdZBzMCejofh5NLjrIOdgTrwKnsKdr5ynQK+Mu5NZvz"
    "sY/CbSP6MeVdVpC87JOfFd950d93tf7LvbB6zH3he7E/bffwdWW3cc7N85NSfeNe/MnTDo"
    "f7W/sXc4J73usCcMBuysd+i/x0SYPUyGwZu451j5Uveqe9TKMWGv04SZXMfHmVxHAk3s+S"
    "Y+4qWmY3GtqRwdL8vMDfdU4UUD5m8D5m99qtWc7K1WcLEaY/doaqbEIV4TCy75xaDmEvaD"
    "H625lAdgQDctulYWRI6I1bBcA9eKgsNWnXyTrLGrIbEK6wxVCmC1pyc35u/QnOZH/QHQCU"
    "Azt4CkillzNniyzYO9BLuE4cbKzVxmRtuTah7O5RAWFmh5ouEjkhCqnSJU20YtV1x8VBQQ"
    "T4F4vTzvJ/VuNcvx7h/03XaRc9CDkhBuUZVRdzHyDXtsrHkmX3VQ6HS5MJV3W3PcSNmADU"
    "oBsocLqvpiPEJqQdYyqr79ZGsGcVw4UDtURjX43MYUT+XN4iLQ9XXVVHiDT+8RxWnxt+Oj"
    "6K2oLOFbujj6ukAezJWF4r0HMTpP1l0toYIsn6pm+dQSJigolQs2HS93ZHEkVhOrk+ZCZO"
    "70Y9fzidVJAydT6SHwtk4VFwfvaVwHguFF7DU8FBLfGhGMMPOqIm2JJIKsDv5moLVCFU79"
    "pYOe1xpiyj390vRYMtv0Lya0Kfv48roVQrSQDg9n+/3u/FIWNg9B8qcMkn9SSExcGh9Xt3"
    "0DPfbFu9qWurYRj4taDXVRYccbBP01IOjP1I6cr4EOYLbCbC1ztupYMnjxUDP8PUYt2EtU"
    "eG4W4dydCb/OAo4lF8eL++6vrwLOpcFo+Mlt7sO9NxjdhvCmqqfGYXjjtQVPoIHqAmSyg2"
    "s10C6/Q90zftLbN34RcP4ddv55aeVHOqeaVgegHfJM+edVwC3V60573TshyStVOp9iuV/i"
    "6BTXN3OITVHddmWWL/ITGqwOgPG0A2bjtMwGgzyDquI0b6CiAjXg66YF/rmTiJmt5LBfBP"
    "QBTpgV/V2muNUVmTNzE7PBgoKQEob9EzuaEsZer2KerLugIOB8AGewGYpfI5xN6LKhGhQC"
    "XMEWO50txpm8BeDavP3bwsgGn9nM4ZdlGrq+6DmOpRuMrYs3daVgu4NxAw9UyTGYi18j2P"
    "bxI/Y+Roa202W8QMwNiSTk7ZeGLjSdfmaRS39nkUvI3db7VTSEoMC+52ROZmtsyysGa0m7"
    "ayNnPF91vBAFtJYM64ZW0y09Mf3ykD0aoe3VDbLMeO87hq6BZX9Kyx5e0+WoP2B2Fo9pDW"
    "uW0TegMPnq+HgzeNRdOeYlto+Y53ggdKf2Ofso6rPO40u+fJemGEHYpeOrRfAOPG/geQMr"
    "upQlz1HXssEaksqFbMXCM4oGNqx9pkQ2LAbQAkNxFoYisNv2kchm2aesYnM3Lbjh5zZFFq"
    "67iBYA8NTXVTPxDb1xKsUCRXbj4+3YxNmxL2HnJiejO9uW961f1oq83nMzBjKw/g0jCTn9"
    "/WN/iJ4Vc42IZlMzVrsFenxBkqpGSaEC+z2028P+F4e3cgDa5pS0DRQQaZ5a2ERsoYRI2S"
    "VEKqUd1hXfRPXwzNGavq1xOYpLcOPceJXFt1VvOmWlxyoKY505ftQXROV0JzUVmWtd263W"
    "lvagyNh4bfWNLiRT2ygymv5zgP6LahwqXqyokK49c/xYhffOVVx8blxQXKqhuFB06Dhn4g"
    "j3Eqd7rb6pNLz+rC1bh8+Ap18EAI0QrtISmy+itehkYVxDYgBsdKbaBNdWU3jbaiVM15Ac"
    "QBsHbQ6fM08UAA4DrGrPcSvCraapWCIxYbh+uRCsj1SwLFxdheG0obe3o9Eg4Kq87YfzYB"
    "/ub4XJxWUoMJdTx9NSD3M5kAOSBTiQq0nIVt1f7GKS6DC2LjorUMYnKyx6wofLO1Pbpwtq"
    "Tse/OeoZnsF53KKFFiHSDyjjGmCbQBlDWH7BYfnAGecHOGVIQTxp7Odyv+EiarsyU+Pe6a"
    "tByJdaXDIIWhzD7kf1EMm+8bc9yLNbKRgWmd1BDtVpFXx0aTpEpxkyaSNjt7EyP+ixgRG9"
    "tykZUWL9+O7S5HQEF5fAk2CXaNh7G7LXobxVVj8Kzf7T1dX19furN9fvPty8ff/+5sMb74"
    "0ZvZT06rztf2Jvz4BuCckfoBI2D9u4OnXpkkCOrFl3InCp+tAT+uMZy/SwDuake/fzw3R2"
    "Lwzpyf3xnPRGD+yU9Y+liFjJIl7WiJc04uWM2Ckjdr6IW4xQZNrKqPfFLUnofnZLHe6vBz"
    "/PyWzSHU4/CpMOco/CL6TzJKA4bz7Req1l9zXu5YALj/M4ZsY2KgjghsGFopBllwPS8RLr"
    "mPAq18SjHBBqQrHT0otaaSYH4PhSsm77JmCbRBmXUUi2XsmWsG1oIbmWIQM7/Vs4KghWxm"
    "HiORQ9eWw6UCBms2ZIp84Iiky0SiUFjXe6vJYMbGcVcmi/YIN2Eu23dZqKnju65HqooWwr"
    "qKpStSjXGlaquJt0P85a2fC2hTrI+jcnU4udmDq8xPBjf3JvbZLgHgY3SegJ/a/hTRLsc4"
    "yXcK/uz/G2XcjDNlylsyoSjArQds+4bQLVijaSqcgcv8GhgCFPDqKFMkQL4e9bLOczMEKi"
    "EI1XnfAgjkmBiZljjH1iML5VHl/gCX5AngBCPZs26mlCPc9XNapygwye/Upjm8S5naX+Tt"
    "VALrYAD8R75ke4wHhPVkf5yFjPAD3pbtfUEORLjfeMAneI/D28GVaQAC5pV6zfOTyzGxAP"
    "NQ3OyfZCrecywoxkrLBooVxJzRxZCDbi7uIkU8uDYxoe3MTJlTt6b6H6MD65thaCEOuSth"
    "cKvnKzwcuTBZRT5N9FFJBj0/DCTvaa4Z06GY8342AbokIhru42RC794A4CL8ks1KSdmGbm"
    "2vq++XE40azr7f3zN5b4tcQ6WlqbAzm9dBB7p7eRiqUFYpxuG20Uomx2G2cXIFebiiadFd"
    "s11/bxs0Fg9VTB6smhORamNFZ0kSpMa5R3Oos35xg98UHqfpkTxg09TLNubpMzSv06RdjO"
    "dWzUznVkb1W6FolsLRIX0guHjItdH6KCsAlEVD931ncxd2Wy+A5Op6lf1gRsMDKbtvtOE5"
    "EFX98JfH1gR5ZnR565EPiY9iKt+P4q51I70Uvla1RyfsJa2bIKKNlrf4BVdqRV9kyf57Up"
    "rnRpk0WpDYvBS4tXBtYyRcTNJpO14JMBQ4ETUaUssmLqFwFIo5Cu7Yc5E6YBGQCVYwv43m"
    "kZbIGgFCyrKWwBB7IibAFfVzUDObUtEJxgldJXFflpJhlPLZ7C6l5L1lhpK9F0m6XYX08y"
    "EdvajsmxHWU0VcWyaVjOCHbedjYoxPrgxfPxNtTL31Ea/TgmSZfNY13RdIfn8qVdWKm9ft"
    "8hpPVCWm8qen40FoYZ+XlLpoPY3znpTqf9T0OWdOsezUl/KI4no08TYTrtIN+HORkNxc+j"
    "AW3sHMzJ3WgodBD7W1wGb/H1wvyPXWr6dC8CsWWRQlaGQd/UOFOVJb9ME1KjT1DNql45fZ"
    "De1YGkPhj1vEl9pqTnG/WgJGRpV2eQo8+2rG22zH7Lt/dRUBZGusojnSNwGeKVIT23KjRd"
    "USHgTQ/9zhbxDUm5tU7KdVjNpuXjBtRQWSLH7lNDuxC+NYuX5/qKjsUpvfuimnraiTO7/U"
    "9fgs8hRT6363coLZXbdWr4oo0gm+Gc1D6E0JbkNn/aZeGAneYN3M2g+CL7j5Iu07UrC7w+"
    "keYx7CUgrBBR1WTvNZ0a5pAcYH0YayiiUUJeCAtfyFVCgyMJTs5oSJimm3nQjQoCuGFwLf"
    "U7kzbmk4DV4DCB55ogx2aE+CK5agZwWpLJN7GqFF+3p1F4BQX8HEtCKQHaTMTfMu1Wy2SQ"
    "qq06iArqL9bnNpJkGW/p0CNNR0Qz21asHOsNS4+Kyi0bcGxniZa1rCosLNL6gcda17AjLb"
    "t2ih1pQ6OWQeeOSoLWfVjrhg0Hyw7RWuBvSrbdBvcSzZvBl6kgvkyA+DIK8RmIkGpPZLDO"
    "q6qPh3bSZd+PO2vT7GTtSld5Are6vZ4wnlnx487RnPwyGQ0/if2ZcN9B++M5GX0VJuK4zz"
    "aa9g7nhPXOjrq3A6GD/J/CCuV5YsdPyHBXemkvftGB6OZ46OsZ55omuhmIHyB+gPhpJxE/"
    "blwIj/fxxYwk0D7+VuXWAvHi36wcRlnSdf7GpS7WkNIIKY3JKY3jbu+LkLXooCPFthtl/+"
    "fkrj8dd2e9z+zc/thKbpxNusNpf2blNjrHVDl9mIkfRxPxThj0qXL6G9VRQ2don/aR1aV7"
    "OCfCr0zx7Y+GHeQdVnk7U7YaPNEvINLhf+TF+MYrtxzRQhTd8z6CJau52KBKqKWu0nVaYS"
    "x4nq024zqBJJAqJ4Gwmly5LJyAIBg4VRn0NAbOQjG2kimvc417RBie7yo/385inG+oQ7Iw"
    "0lUe6aBlk9JKCQpB2a0oSb7Qta3IzFVRx/QHGhkjtOPEAeoo1JCQ2oQotoZP0nNm+DYQWk"
    "jwPaScNCTBt2Jzt+D83vCSe1r3Rk2xjfNu8GGNaFIFYHxH+2QOi8m+x2ZCHaeGpsDdMREK"
    "QLu376mZKAetqSNKATiV8o+tBrCvt9+QV19gYhZQL8F1Vja5XoLnErGi7I8EbOZ01rjqCa"
    "dwl8fVBQjPwsNu85LKAkR857CPRuxMgnoAdcIZ6gFAjHY9pyvs+gC7PpxfP2rXZ9eHoIrK"
    "UbciOmy8vhXUnUHharLCVb9AxOxgQxBijDITDULUZGs/6zxxEyHRBgZHNSluIk99pWbXVi"
    "olDRmCTH/cR0zHMnNS5llLQ6INXEsbHGgKxisYr2C8ZjFeXYd0nKsgcL2dZLruPb4n8hX4"
    "HMtguYKroKaLLLgKwFVQ0+maKz69gKj0JuKaoGudM/qsalCn1bgSgs4qonC5Y5Cgc/mGKY"
    "3a5Zsnh8taTi36GMlriaywgTRqDiJzrWu71RoZWGf12IzXrG/WNbpQTAMNlCWWX+ha+ypa"
    "2PL47rilLb2IbGO33aoslC9c1fJ37xLsEw2+jCxFFSbCPx+E6Sx7XQVPsIO8wznpjYYf+5"
    "N7y7HgHs7J9HN/PGbnnIMqbwkNxafioW8uZQZb6zZt1DkMeSRGl/7SpaJvcm66GpQFV0h1"
    "BppPiW/zbaIckIRRrvIoQyZzCWxc0LBI60wKSgGykHd7nrxbz2Q+Htipr6uGYht6bI9IpY"
    "OtUGMgLzqXLuyabMjMLDUzbIKXOxLkw4JX2klco75vc8oSqjo2dzoRwd97LnZP2mg7XqzH"
    "HZaVjaTywd0LhU0HW+q1I13fR5cH5p3Q6993BxeXb9tXlj1ArQTFfo24pNzbSKiiFb1LZI"
    "5zMmH3H59MAz3A1ynYzetYcvM6jDDRTE79kRn+HrMyuO2bEGubZOcKv84CJq4L4cV999dX"
    "ATN3MBp+cpv7IO8NRreww9KJQ5uBqY9Hv56cbRqmHjieMkJYwqplenC5slBmDeies9A9wd"
    "lYALwTq8PGF6riPsUBuOk3QcOHweBcEUP2QMQFaPuutpNtd+t3lhObHbbRrVm1j/c9aita"
    "sN4hWrtCOEO0NkRr13K6UsPIyJZ0vJdo4KS9SWWY3yQY5jdRw5wae6ZmbVOSYwbzhU83l9"
    "/UZCKzDUE0Ix/GXFmAuJpmceUWkLLzPM5swVUN7+JMuDPnfAQHItaIS5XvEZ0lJ/PFgtkG"
    "KRWnTKkYdyezfncw+E2cCD2h/9WuIxU+Nyf7q+5RK4dCWHxFJ3CEgSMMHGFtSFmBUS8gZQ"
    "Xcn+CZq4jBcdgzlyZQ2I6mPDIIdh+22Qz3XNFBwkH3WEPmY6khwt2tMtOeMGlx7FTvWjvJ"
    "RJW2CjUp3WZlWqdgkZ7SIrX+R2CNN2fc9ie0QDManlWyZawnRlxLxjoLxkGpYpA+7yQu2b"
    "W4pa9d5XsWiPcSDTTLiy8joWtqzCpxmLVyZasMdKt7d98fdpD1b05G42kH0T9z8kt3Inwe"
    "PUyFDvIO56T3MJ2N7oVJB7lHczJ9GI8HfXbOPWJ1QSYT65RzQM987g6HwoCesQ/ykFrFD6"
    "8ha9tMbwFPoAmx9KH3wE2a5Ym2in8P3EQWKFZDiWCVIrjIhHNYrnlwF/8yAP4wHvp6Mklp"
    "+EP8favQ3vKUgw9IQkmM6tCF0VHW8TftKWcJeL8kjHLVRjnCYJ7Hq/8Lflxr2lPXNPFmy3"
    "Xrh1q0k0iTZ7stnXT7xgerOI4IRuPRdIa0JZKQu0UFksgCPa8lE8n0+yD2a9GFucb7Bqq2"
    "4hRxPLq3ggmbW2X1o3A2P11dXV+/v3pz/e7Dzdv3728+vPHIm+ilJBbntv+JETmB5zFFgr"
    "c96XKtlmHZBupCdV8wA/abFRgSY13EVzUKSkGWWzRmUqW/nMgv4objsYjFNSgEPkoOrljX"
    "s0XReALNs4DLClrf0ptiEX+Xsb7lvACSUgSisg2E/fIqDeyXV/Gws2uhMHZ3Q7Gsqk9IsE"
    "mLxgnUoITwBxfY6HBkjoBwNP87X481G5G0sRCh2VilsOvwIMRbaP5xOmyi+edJ0Xm0xu5x"
    "L00bWfsA83Jof/eF+BL83XQNR6aF/5tVzQr3JK2oGrmiE9Ceq4EzR5TOByPtVEaaNxWy6E"
    "LfYve1q5RTrTIeARswA/+ZbaYHxBpkHZ1kyvtjILaKnGV+ewIwuVNM7ugrIHVmQkSygYBf"
    "p9Hyr+OV/OuIjh9+w6ZfUMKSoOXnXlS20ouqSRz8f56OhjEhP3uRMJ2pyCb6P6Qqdc6o5G"
    "HJwAhwmJFSgOGqf+0gOck6CJcChD3tfyhWmf9GqWiy4lgY3vWHn1rZRtcV6yDngEVz9XqC"
    "cGft8uQezsnHbt/a5Mn+Pyef+l+Fofgw7iD3KOx/O088l2M2ZiGt/SJQOyH8ugkb4xnXPY"
    "44rH2VXvsgiCz+2WpuEBlVTWwaMGeIUVgawoyq/IxDynHTnnHOsEfyD/0UetZdoCKSTbLg"
    "y0pADvssivHCTUO91gzztJ44zpzLn5zsaqCqtuIQVxkScKMxkA2Bv9QkXN7MjXdfhif4YR"
    "dmxDkIWbp1WkLbCW7Cna5mYfad5g2k86/epE3TTczTjcRLGZjabZmipPYSDYT58upDGk7q"
    "6kM8KcWucRyBHE4qnrLfSwBjfwxj/0zhEeNzeGPI+oBU8wIAi6ddbcQyJ9OGxJqHdCkptV"
    "SxUb5xcL7V6IyVSAzL7QmFUH6kUmWtJK4ictqV5HY0GgRWktt+eJ+vh/tbgU7x0JZ2vCh4"
    "I0f4jF+qMR6FE7u52ZfA8o5NWnEpKepO59VOih2COPHGDEdhDh5Z0eWdYop0DSbijpgKR9"
    "8+wPtzewAGuDpUIHh5ms8Ax3l5MqQXR3IHlGPr1TU3caBUvmy0Mx+17wKLwm1xeDL/5XYS"
    "P6ZZDUXstSy3tvp290jt0jW2w++p/gOx99WMvc+s0RYZCv7D4A+B4BAIXgXAIRC8kYsKBI"
    "JDIHjNBqNK9lIqMzmg0WZgWwNyJyRcvTO1YlwrUgFrghlJrpGftccWx+ryX24n72llNxT/"
    "12l5sPBVF7kyyGSlqTY7w0RregdMkLQ0sY4kJGubjWKii3nL2lcRSbpObeoF7VNRVauOlV"
    "XH35i3XrVboQEt/AZz8qwrpkmlFdYjRgYrpkV/JTGc20gGUkwDydLOoFc1+7b0JrpkrOlZ"
    "QjQTqRq9ppiv52ROZrSTra7J2DDstvbXMZC+I6wrRE9pRMb/QH/IqkRXxoVNNf6BFPtO9G"
    "E08GvURRR1ZNAr6pxQQxVbUvsW9FdbfSJqG6MLdtq960LBizbSdOv3eHAx8hgvXrG7UKk5"
    "nTr0gUCPrI7Yiyv6N2Pf/lnTn7D+GrmzxaA40tsv8GarUbxMqCxWfR0r3nB+UkimhHW3fQ"
    "OtihJqmYNCey6FFtwBP4Q6G3hzZh7psPBpBvuUL5kmjTVkQhZeEdEwxZjyfTP8PSkWpFE1"
    "/JIeEuHXWfK7yXtGBqPhJ7d5+IVVGYuwR80kbYP1oWYqS0WW4gLXue3aSTai7EjQxzckkq"
    "pK8oZaHfQrI1Oj5g1Gbm9tFDLL/BaZtnTrHlOTbMFMqotnxVwz0yhiL5Zwjzn5w+3itf9H"
    "/4FsLyWyvJSvrPrMBj1iNhbr3t/Wsa6Q9QpiV+fEvkzPmdITZpZgSgPrYMExvKGWH3gwK2"
    "qI2aMTGYCE0mGuQANNsVKiTONN3cMVMOpg9ram/U9DsT8Ue6M7oYP8n+ZkNLkTJvR4+LE/"
    "uWd1L0In3BbTz/3xeH/d+UivPszEj6OJeCcM+l+FyW+0QejMnDhHTNo7ZLt/zx4mQ9G/CX"
    "jgBGvx8WF4x06wm1otAifCi/l5XISqRFY7+vrI8oz6Zao8dXI+pmkSS+LTSiJJJWxtzMKV"
    "uO2BKDmCKPmhKwMJwxldKOlfevzFWficA6gI9MPYwVAR6AdjkpKIj6SXedOIjxNsXgA8fD"
    "z6zQrLD6ZgkzwrqU8Mkm2qtoBWjMGc4CX9QWt7u/sEBjPQrp2KwdRtEdH0ZA5SmDNdomfs"
    "yIylxoJPCH72GEZk9WQRgfYF5w7O+QtdMy028NVr9MdS2ijqyx8RArPwO8yJqdAOJSSvWQ"
    "CIyyx20JYK0geR3pdeNLaMuWR0qR0nwj4vDIvHfF5rKralIQakztQj7Gx/kmgQ+7nLAvFe"
    "oizr+nz4Fk/QAYMOW583J3YMDKd46JtrOFVo6/OqjXpNRjkVAcViCfLUqjWgHHFlx7ci9r"
    "E/YmdMrUCsY+a44VjIMS3bSTayP3ZF3AaFUiSFuObq3wzkukYtm5WZk8zFbhmWL2ihsSAZ"
    "9CxR0/PCUFbk79TyZMoDNVfVZ+nFQCuNBdlw9kgv6R5QRLNaRTTPretXyFAtRdM/S7BDxV"
    "5IpcY6aFumotP1JYpwfMBDQOj0UQ+t/17uiB0W+bhTVFMhxmt2v/9pnV4lKCUWAnYRiH8Y"
    "6mlzcbQ1r9ZRBZS1KdU7+qTHaBGOgua7mqiUMe1FVIhHr5RcFMl7lbrmCIQUV5PXP7eSdO"
    "4l6wSEKH3iMjtOAkINRBq4UHgvAxcKXBlwoTC+HebEZvVGxBxRyxxJCF6uUHmhLtYVed3i"
    "WC7OlXaS1SLt28DmRidTF0rmZb9h3eDuDRevDvtEGqgMX93cpDI7bhLMjptIBgh9qDIg7D"
    "RvILqXqULWLxNC1i85IesaMZ3y0mmJWZ8IJKNlJGDP+jL76/8B3gnonA=="
)
