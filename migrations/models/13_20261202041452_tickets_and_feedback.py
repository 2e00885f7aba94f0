"""Tickets and feedback."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "order_feedback" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "rating" SMALLINT NOT NULL,
    "comment" TEXT,
    "actor" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL UNIQUE REFERENCES "order" ("id") ON DELETE CASCADE
) /* A customer's rating of a delivered order: one per order, editable for a while. */;
        CREATE TABLE IF NOT EXISTS "ticket" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "customer_email" VARCHAR(254) NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* QUESTION: QUESTION\nCOMPLAINT: COMPLAINT\nRETURN: RETURN\nDELIVERY: DELIVERY\nOTHER: OTHER */,
    "subject" VARCHAR(200) NOT NULL,
    "status" VARCHAR(20) NOT NULL /* OPEN: OPEN\nPENDING_CUSTOMER: PENDING_CUSTOMER\nPENDING_STAFF: PENDING_STAFF\nRESOLVED: RESOLVED\nCLOSED: CLOSED */,
    "assignee" VARCHAR(200),
    "opened_by" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "first_response_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "sla_due_at" TIMESTAMP,
    "order_id" INT REFERENCES "order" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_ticket_custome_ab0b82" ON "ticket" ("customer_email");
CREATE INDEX IF NOT EXISTS "idx_ticket_status_f3afba" ON "ticket" ("status");
CREATE INDEX IF NOT EXISTS "idx_ticket_order_i_501b91" ON "ticket" ("order_id");
        CREATE TABLE IF NOT EXISTS "ticket_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "from_status" VARCHAR(20) /* OPEN: OPEN\nPENDING_CUSTOMER: PENDING_CUSTOMER\nPENDING_STAFF: PENDING_STAFF\nRESOLVED: RESOLVED\nCLOSED: CLOSED */,
    "to_status" VARCHAR(20) NOT NULL /* OPEN: OPEN\nPENDING_CUSTOMER: PENDING_CUSTOMER\nPENDING_STAFF: PENDING_STAFF\nRESOLVED: RESOLVED\nCLOSED: CLOSED */,
    "note" VARCHAR(500),
    "actor" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
) /* A ticket's history: opened, status changes, assignments. */;
CREATE INDEX IF NOT EXISTS "idx_ticket_even_ticket__96c4bd" ON "ticket_event" ("ticket_id");
        CREATE TABLE IF NOT EXISTS "ticket_message" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "author" VARCHAR(10) NOT NULL /* CUSTOMER: CUSTOMER\nSTAFF: STAFF */,
    "actor" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_mess_ticket__532a34" ON "ticket_message" ("ticket_id");
        CREATE TABLE IF NOT EXISTS "ticket_attachment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "size" BIGINT NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "message_id" INT NOT NULL REFERENCES "ticket_message" ("id") ON DELETE CASCADE
) /* Metadata of a file kept elsewhere: no bytes are stored here. */;
CREATE INDEX IF NOT EXISTS "idx_ticket_atta_message_692a0b" ON "ticket_attachment" ("message_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "order_feedback" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "rating" SMALLINT NOT NULL,
    "comment" TEXT,
    "actor" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL UNIQUE REFERENCES "order" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "order_feedback" IS 'A customer''s rating of a delivered order: one per order, editable for a while.';
        CREATE TABLE IF NOT EXISTS "ticket" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "customer_email" VARCHAR(254) NOT NULL,
    "kind" VARCHAR(20) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "assignee" VARCHAR(200),
    "opened_by" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "first_response_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "sla_due_at" TIMESTAMPTZ,
    "order_id" INT REFERENCES "order" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_ticket_custome_ab0b82" ON "ticket" ("customer_email");
CREATE INDEX IF NOT EXISTS "idx_ticket_status_f3afba" ON "ticket" ("status");
CREATE INDEX IF NOT EXISTS "idx_ticket_order_i_501b91" ON "ticket" ("order_id");
COMMENT ON COLUMN "ticket"."kind" IS 'QUESTION: QUESTION\nCOMPLAINT: COMPLAINT\nRETURN: RETURN\nDELIVERY: DELIVERY\nOTHER: OTHER';
COMMENT ON COLUMN "ticket"."status" IS 'OPEN: OPEN\nPENDING_CUSTOMER: PENDING_CUSTOMER\nPENDING_STAFF: PENDING_STAFF\nRESOLVED: RESOLVED\nCLOSED: CLOSED';
        CREATE TABLE IF NOT EXISTS "ticket_event" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "from_status" VARCHAR(20),
    "to_status" VARCHAR(20) NOT NULL,
    "note" VARCHAR(500),
    "actor" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_even_ticket__96c4bd" ON "ticket_event" ("ticket_id");
COMMENT ON COLUMN "ticket_event"."from_status" IS 'OPEN: OPEN\nPENDING_CUSTOMER: PENDING_CUSTOMER\nPENDING_STAFF: PENDING_STAFF\nRESOLVED: RESOLVED\nCLOSED: CLOSED';
COMMENT ON COLUMN "ticket_event"."to_status" IS 'OPEN: OPEN\nPENDING_CUSTOMER: PENDING_CUSTOMER\nPENDING_STAFF: PENDING_STAFF\nRESOLVED: RESOLVED\nCLOSED: CLOSED';
COMMENT ON TABLE "ticket_event" IS 'A ticket''s history: opened, status changes, assignments.';
        CREATE TABLE IF NOT EXISTS "ticket_message" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "author" VARCHAR(10) NOT NULL,
    "actor" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "ticket_id" INT NOT NULL REFERENCES "ticket" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_mess_ticket__532a34" ON "ticket_message" ("ticket_id");
COMMENT ON COLUMN "ticket_message"."author" IS 'CUSTOMER: CUSTOMER\nSTAFF: STAFF';
        CREATE TABLE IF NOT EXISTS "ticket_attachment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(255) NOT NULL,
    "size" BIGINT NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "message_id" INT NOT NULL REFERENCES "ticket_message" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_ticket_atta_message_692a0b" ON "ticket_attachment" ("message_id");
COMMENT ON TABLE "ticket_attachment" IS 'Metadata of a file kept elsewhere: no bytes are stored here.';
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXVt3m0i2/iu19NLJOpqs2I6TtOZJlnGijixpJDndPa1ZDEYliTECNaA4PnP6v58q7p"
    "cCAQIEZL/YCGoX0le3fd//7ezUFZb1NwNB0ySsdXrovx1F2GFyEX7URR1hv/ce0BuG8Cib"
    "bUVfo0fd0ATRILfXgqxjcmuFdVGT9oakKuSucpBlelMVSUNJ2Xi3Dor05wHzhrrBxtb8Nn"
    "/8i9yWlBX+jnXn4/6JX0tYXgW+rLSi7zbv88bL3rw3VIw7syF92yMvqvJhp3iN9y/GVlXc"
    "1pJi0LsbrGBNMDDt3tAO9OvTb2f/UOcXWd/Ua2J9RR/NCq+Fg2z4fu4j793r8Px4suDn3I"
    "LnOxkAElWFgku+qm7++g39Cn+7vHj34d3Hq/fvPpIm5td073z4y3q1B4xFaMIzXnT+Mp8L"
    "hmC1MDH2QBXJQEdhHWwFjY2r0z6ELPnKYWQdHOsL7U74zstY2Rhb8vH9uwQcv/Zng8/92a"
    "v3717TF6pk8luLYmw/uTQfUag9aM3/GaB12hcDrXPDw9ZbqpWDe/n2bQp0SatYeM1nQXyf"
    "8eNWVZ/4gyZngTlElgtte5rWE+zrVGBfJ4B9HQVb1DCFgxeMKNa35Ikh7XDMjhGgDMG9sk"
    "nfOBdNnOrkB64mivxiT4wE8BfDe26+6N9P6et2uv6nbOLXX3D0yaV59yV099X70Di5naBf"
    "h4vPiH5E/5yMORNeVTc2mvlGr93inx36nYSDofKK+swLK99W69x1UPuLnr/rJ99hQW88Cu"
    "LTs6Ct+MATb3roW2m/wxSQyOy4sUnvvsywLJjgRueBzYjM7W6atwT/cqa9c9eZDBQ99VKN"
    "wzP6aHe5C98RFGFj/iT6bvomh2/bCoqCZSZLZz9KZul8jYClA5YOWDpg6c7K0gmyrIrmGc"
    "HTNxt488KGm1MOOxPyIfmKgiLiCPQxXVU3Ep3pbDiZDRe/d7KNh0vXQ87VUhmMJnNymPeQ"
    "fbFU5sPxpxHHzz8Pp/fceMHfDWf0OfN2J8/4XqQZ3ov40b1gDe4zr+9licFD3qiqjAWFvY"
    "xClKExfCSkZQ2is3mVxzGw4L2ZTEYBDvFmuAjh/HB/w81eWfCTRpKB/YeDBzplNFRthTV+"
    "r8qSmHs5sfqpcC3d9AdfJrNbbpZ1MbmEPeReLpUZ9ws3IKvF+p9nefycYnX8HLs4fg6vDf"
    "IS4QnzOibSEmN1xJ8wEcL2ybOlnDRERtpj0eB1YY2NF3JEqOJTxl0prosKtyf3TmP3J9Ar"
    "xK8C0Ct0zCPnRKXChPbRwPGPVSkElKCChrfqQce8LClPJyJlKw1+dfpsE2hl6mGmmro6mL"
    "qTiB7GedRN0sPsfY1AD1PZ/lqyHkZ/OmTh5OzmoIUBLcyZeeNHQcuqQ/SRFCKAtHr+7jVJ"
    "ZKB7i0VpJ8hsgF2aMKNrEb2xiRs4oRPQveUGw/v+6NXFu+5lSJJwgH8XtVQeNA0rcZqOGF"
    "nCR1OhVuNhfptRn5FzDl+lmMJXsTP4Kmp5lzZbg99owo7BccYyDmGy4yxEA1QVhTARIA//"
    "ePKwf9RXmrqnJnReP+z3soQ1PhNHHkcOC8xaYBHVQwLyUdjvVI1sXMoX/BJRkcd4Mfi6ah"
    "bYcdIzua0Jz67gGDvhCBYEAWwd0TOyKmbDARmA1JoeqsTARah7RqSfBm5xqVQ+pqKZnO3f"
    "bDXCCe42tKcR7aitWO0PmrgVdMwXNr2mdo+tn2bqen2y6tXZCX1asLZAVaY+0T1AGApF/+"
    "ESr1H0n2agUmwUs9JNUCmCaxcoFRuqVJSJ8MZTyZNfCS9ZtAZRwlxiTS7IP9R6nwCtwY+n"
    "NchlRXfFNdvQeCoLnJqba4h4G+ODeiJMfbejliIVFK6KlKsauM+ATFUsVHTP4s1NS8PkW+"
    "unblq3pD8aXjSzemsTbGWKop4vEEMWDTgKxQujz4FmII1WxvqANArSaAM3ugqkUVE9KIaW"
    "zUfAI2kjymkwjkc46l6/sU/jtPB6FO2LYLhINYUvEqbwBUOhQhge48Dage9kVYhTpviIQj"
    "ivKVXzkE5yH5o83Iw4NJ1xg+F8OBkHBXjzIb3lORXNuP4ojLKqbHLA7KcCnFPgvNckVZMM"
    "xo4cy6b5SapTCZKVWGt2DZSCoBRMpRQEPVdaVYSdJgMibMBHBdSotUBMIpPLEPRTV+OU9L"
    "Mg3bQVJ8jKFIdSmSrTwYHsfruYTJvOs25iXiZ/K9CXVsYVlqwvxTtBypSq0CVoncb08jqN"
    "ypS0ilc5XZ9XaVqzna4KnSnIkyBPQqqG2vAZFlgMJsNFMZ7DUN0mhbIXf/hTSuLvBtYUQe"
    "Y1vO6QXxJ4KK3wbq8aNOiSf8IvnX+FOJM/yDYsGAfzW/u2D6sbmz2iQSfmjeCbgKmplKnx"
    "Y5+FtwnRtdCmdnH5MY3Z5/JjvNmHPgtlCgstnAyQM0jbx/qUArrtgkS6VDZY22v2PpDets"
    "kkb+GUL94Twt3ss3L3EcL2zfVS2Hzv3I0ifTxPpEddZaZVbnw7HH/qZAPdIesh+2KpTMb8"
    "58notofsi6XiJo3kbn0ZJDnyZNqfLYb90eh3nvyZDAirTlowbi4V33Pf3elw8MV6u3VBex"
    "x8sTqh//1voOlcp8H+7VtLxX3m3rnlRsOv1jd2L5fKoD8ecKMRvete+t8x4xYPs3HwJc49"
    "mjHTeepcdXJM2Ks0biZX8X4mVxFHE2u+8Y94rWqY36oyg8fLMnPDPdV404D524L525xsNZ"
    "WdagUnq9EPj4ZqCAzFa2LCJT8Z5FzCfvCjOZfyAAzopkXXjILI4bEapmvhXlGw26odb5LV"
    "dzVEVmOeoU4OrNb0ZPr8HZvTbK8/ADoBaGoWEGQ+a8wGi7Z9sJcgl1DcaLqZi8xou1Ttw7"
    "kchYUJWh5v+AgluGqncNW2UMvlFx8lBcRTIN4sy3ul1q12Gd79g37Yr3IOepAS3C3qMuoO"
    "Rr5hj/U1z2SrDhJVFwtTe7M1w4yUDdggFSB7PKGqz8cjxBZkTaPqK2HaMIjj3IG6oTSqwX"
    "UbkzyVNYuLQNfXVVvhDa7eE5LT4m+ne9GbXlnct3R+9E2BPBgrC8l7j2J0nqi7RkIFUT51"
    "jfJpJEyQUCoXbBpeH5TViVjNzE7aC5Fx0E7dz2dmJy2fTAbZivGpC29hdtJYJeGJQQIemG"
    "uMV7RRPJoTBS9U8icl33Xn67BF0GYNqbB49Li4CpeDPxJcwWO34bEQiw4ZIoSplR6payQo"
    "yOzgJx1tJSLAaC899LxVERUWyZcm14LRJX+xQprSjy9vOiGQCunwePToH/YvpWEYEHRRZd"
    "DFk6TE+DmycXXat9ADpHjT7VpTd/xpXtChLmpsyAUn0hY4kRrqifM10AHMVpitZc5WDQs6"
    "y79ugb/HsAUeRY3nZhHOAgvut0XAUOng+Oq+/9vrgLFyNBl/cpr7cB+MJjchvAnrqTIsBv"
    "HcgkvQQnYBMiOAqT7QLr+Dhiv8pJdv/CRgTD5uTHbTFJxo7GxbXoluyNLpn1cBM+egPx/0"
    "b7kkK2fpKSpMc16cOsWx9R3TpshOuzLTYfkVGjSvhP50AM1GtZoNCnkGVsVu3kJGBWoKNI"
    "0L/PMgKEa2FNZ+EuAHGG575HcZ/F6TRMbMTYwuDBJCiCH2T+xoiCE9Xvk8UZxBQsD5CM4g"
    "MxS/R9hFDbOhGiQCXEEWq04WY0zeAnBtXz3AMLLBNZvZnbdMQdfnjcmQdIO+mvGirhBsd9"
    "Rv4IEwOTo18asKtmz8iJ7HSFcPmohXiJohkYDc+nvolaqRz9QT7m/UEw45ZeJfR10ICux7"
    "qSyVxRZb9JJOW5Luusgez9c910UBbQXdfKHZdE9uzL88ZPdG6Lp5qEwx3v2OoWcg2Vcp2c"
    "MxXQ77A2Jn8Zg2MAceOQG52VfbxpvBou7QUSuxdUUtxyOuP7fuWVdRm3UeW/LF+zTJLcIm"
    "HV9ui/dgeQPLG0jRpWx5NruWDdYQVS5ka+aeUTSwYe4zJbJhMoAWNBRn0VAEqrefiGyWun"
    "c1m7tpwQ2v2xRR3c4mWgDAc19X7cQ3dOLUSgsUqe7IqgDGqACZUAnMzhAQWITHFUO/biVx"
    "6+lmdKRj7RtGArL7+7t3iZ4lY4sU1VLNmO1W6PEFCbIcVQoV2O+x6iHeLw6XBgG1TZVqG0"
    "hI0z62sI3YQkqaslPS1Io7bCq+iezhmb01faWWGYxLsBBzPMviK/2cjlkZ0AzVWKOGH/kF"
    "ETrNDk1FxlZTD5utyT1IItbfmH2jV4Kh7iQRzf8xQv9DOA4ZrzaESFOfGXaswntnMi4+My"
    "4wLvVgXAg6ZJwz6Qg9iuqO1be1htcftWXx8Bnw9JMAoBGFq7DGxgtvbjpZNK4hMgA2OlMt"
    "BddelVhl2hKma4gOoI2DNofNmUUKAIcBltXnuB3hRlVlLCgxbrh+uhCsj4SwLFwdhqFa19"
    "ubyWQUMFXeDMNxsA/3N9zs1UXIMZeRF9ZkD3MZkAOUBRiQ66mQrbu92MEk0WBsPrR3oIwr"
    "K0xa4eJy7zR2dUEO8/iTo5nuGYzlFk3cCZ5+oDJuALYJKmNwyy/YLR90xvkBTulSEK809u"
    "tyv+EicgVTUePe7qtFyGdLxZlHve6CFqdh96N6TMm+87c9qmc3QzBMZXYP2apOM+Gjo6ZD"
    "ZJohgzTSDzsz8oNc6xiRdxuCHlWsn95dmpiO4OYSWAlWigbP2pA9D+WNtPlR1Ow/X15eXX"
    "24fHv1/uP1uw8frj++dU/M6KOko/Nm+ImengHeEoI/gCVsH7ZxeerSBYGcmLOuInAJ+zDg"
    "htMFjfQwL5ZK//aXh/ninhuTm971UhlMHugt8x8NETGDRdyoETdoxI0ZsUJGrHgRJxkhT7"
    "mVyeCLk5LQ+eykOvSeBz8vlcWsP57fcbMecq7CB9J5AlDsk483j7XstkaPDnThcRbHzNhG"
    "CQHcMLiQFLLsdEAaXmMNK6zMNfEoB4jakOy09KRWqsEAOD6VrNO+DdgmqYzLSCTbrGBLKE"
    "NbSKxlSMBOfwpHCUHKOK54DnlPnhoOFPDZbBjSqSOCIhOtVkFB04MmbgUdW1GFDLVfsEE3"
    "Se23t5vyrjm65HyooWgryKpSNy/XBmaquJ317xadbHhbRD1k/lsqc1M7Mbf1EuO74ezeLJ"
    "LgXAaLJAy44ddwkQTrHtVLOE+9e6yyC3m0DZfppIoEoQK43TOWTSBc0U4wJJFhNzjmMOTS"
    "gbdQBm8h/H2PxXwCRogUvPHq4x7EECmwYuQYYx8ZjG+dxxf0BD+gngBcPds26mlcPc+XNa"
    "p2gwyW/Vpjm6RzO0v+nbqBXGwCHvD3zI9wgf6eNI/yib6eAfWkU66pJciX6u8ZBe6Y8vd4"
    "MaygArikqlh/MPTMjkM85DQ4p7YXcj2X4WYkYol6C+UKambQgrMRs4qTSCQPhmh4tIiTQ3"
    "dybaHmaHxylRYCF+uSygsFj9xs8LJoAeUU8XcRBuTUMLywkb1heKcOxmPNOChDVCjE9S1D"
    "5KgfnEFgBZmFmnQTw8wcWd83P44HmvXd2j8/0cCvNdbQ2iwOZPfSQ/RM7yIZCytEdbpdtJ"
    "MUaXfY2VWAHG4qGnRWbNdM2cevDQKppw5STw7OsTCmsaabVGFco3jQqL85Q+iJd1L301To"
    "N/Qwz1rcJqeX+lUKt52rWK+dq0htVbIX8XQv4lfCC0MZF7s/RAmhCESUP7f3dz53ZrL4Dq"
    "rj1C8aAjYImW2rvtNGZMHWV4GtD+TI8uTIMycCn5JehA3bXmU/6iZaqXyNSo5P2Ep7mgEl"
    "e+4PkMpOlMqeyXreGvxGE3ZZmNowGRxarDSwpijC73aZpAUfDQgKDI8qaZUVUz8JQBqFdG"
    "st5kyYBmgAVIYs4DvTMsgCQSrYVlPIAjZkRcgCvq4aBnJqWSA4wWrFr0ri00LQnzoshtV5"
    "lsyxkla84TRLUV9PMBAtbUfpaEUZVZaxaOimMYLet4wNkmJ+cP35WAX18neUhj+OCdKl81"
    "iTVM3Wc/nCLszQXr/tEMJ6Iaw3lXp+MuXGGfXzJk0P0b9LpT+fDz+NadCtc7VUhmN+Opt8"
    "mnHzeQ/5PiyVyZj/PBmRxvbFUrmdjLkeon+Li+AtPl+Yf9mlVp96JOBbFklkpevkpMaZsi"
    "z5adoQGl1BNqtmxfRBeFcPgvpg1PMG9RmClm/Ug5QQpV2fQY6ubVHd7an8lq/2UZAWRrrO"
    "I53DcRn8lSE8ty5quqJcwNvu+p3N4xuCchsdlGtrNdsWjxtgQ0VBObVODemC+9YuvTzTVn"
    "QqTunNF/Xk0yqO7PavvgSbQ4p4bsfuUFoot2PU8HkbQTTDOVX74EJbktn86ZBFB2w3b2E1"
    "g+KT7D8Kmkj2rizw+kjap2EvAWFJ4WVVdI/p1DCH6ADr41hDEo0S4kKo+0KuFBoMSjByRl"
    "3CVM3Ig26UEMANg2uy35m4MR8F7AbHFXiOCHJqRIjPk6thAKdVMvkmVp386zw1CiuhgF/H"
    "kpBKgDTj8bdM1WopDZLVTQ8RQu3F/NxFgijiPRl6pGpIUY2u6StHe8PCoyQz0wac2lmiZC"
    "3KEnWLNH/gqdI1VKSlz6qoSBsatQw8d5QSuO7jXDcUHCzbRWuFv0nZqg16FO2bwRepIL5I"
    "gPgiCvEZFCH1nsggndeVHw9V0qXfjzlr01SydqjrPIE7/cGAmy5M/3H7aqn8OpuMP/HDBX"
    "ffQ971Upl85Wb8dEgLTbuXS4X2Tq/6NyOuh/yfwgzleXzHK9Rw13prL37TAe/meOib6eea"
    "xrsZFD+g+AHFTzdJ8eP4hbD0Pj6fkQS1j79VublAXP83M4ZRFDSNXbjUwRpCGiGkMTmkcd"
    "offOGyJh20qWi5Ufp/qdwO59P+YvCZ3vOuzeDGxaw/ng8XZmyjfU2Y04cFfzeZ8bfcaEiY"
    "098Jjxq6Q/q0rswunculwv1GGd/hZNxD7mWdy5nS3eCJfAGeDP8jy8c3nrllkBbC6J53CZ"
    "bM5mKdMKEmu0r2aYlqwfOU2ozrBIJA6hwEQnNy5ZJwAoQg4NRl0NMIOCtJ3wuGuM017hFi"
    "WN91Xt/2ZpxvqEO0MNJ1HumgZJNSSgkSQdqtqJJ8pal7noqrvIbJD9QzemjHkQPUUaghIL"
    "UNXmwtn6TnjPBtIbQQ4HuMOWlJgG/N5m7B8b3hLbda80ZDsY2zbrBhjXBSBWB8S/qkBouZ"
    "12M7oY5jQ1PgbosIBaA98HpqJ8pBaeqEVAB2pvxTswF4+fZbcvQFJmYB+RIcY2Wb8yW4Jh"
    "HTy/5EwBZ2Z63LnlCFuTwuL0B4Fh43m5eUFiBiO4c6GrEzCfIBNAlnyAcAPtrNnK5Q9QGq"
    "PpyfP+o2p+pDkEVlsFsRHjae3wryzsBwtZnhap4jYnawwQkxhpmJOiGqolnPOo/fRIi0hc"
    "5RbfKbyJNfqd25lUoJQwYn0x93iWlYpEbKPHtpiLSFe2mLHU1BeAXhFYTXLMKrY5COMxUE"
    "nneTRFfP4luRrcBnWAbJFUwFDd1kwVQApoKGTtdc/ukFeKW3EdcEXuuc3md1gzotx5XgdF"
    "YThssZgwSeyzdMadgu3zw5ntZybqqPkbgVlA3WkUrEQWRsNfWw2SIdazQfm/6G9k27Rq8k"
    "Q0cjaY3FF7LXvo4mtjy9O2ZqS9cjWz/s9zJ15QtntfzDfQR1osGWkSWpwoz7xwM3X2TPq+"
    "AS9pB7uVQGk/HdcHZvGhacy6Uy/zycTuk9+6LOJaEh+VQ89O1VmUFp3baNOkNDHvHRJb90"
    "LWm7nEVXg7RgCqnPQLNV4vt8RZQDlDDKdR5liGQuQRsXFCzSGpOCVIAsxN2eJ+7WFZlPB3"
    "bu66ql2IaW7QmhdFAKNQbyomPpwqbJlszMUiPDZnh9UIL6sOCTbpKuUfPaVJlCVcPGQVN4"
    "sPeeS7sn7NQDy9fjFovSTpDZ4HpEYdHBonpjUzd36bLAvOUGw/v+6NXFu+6lKQ8QKUGyjh"
    "FHKfcu4qpoeu8qIsM4mVD9x0fTQgvwVQrt5lWscvMqjLCiGoz8Iwv8PWZncNq3wdc2Sc7l"
    "flsERFwHwlf3/d9eB8Tc0WT8yWnug3wwmtxAhaWKXZtBUx+PfjN1tmk09aDjKcOFJcxapg"
    "eXSQtp1kDdcxZ1T3A2FgDvzOyw9YmqmKs4ADf5Jmj8MBqdy2PIGog4B23f026y7G7+znJ8"
    "s8MyujmrPH/fk0rRgvQO3to1whm8tcFbu5HTlQhGeragY4+ihZP2OpVgfp0gmF9HBXMi7B"
    "mqWaYkxwxmE1c3l982ZCLTgiCqng9jJi1AXE+xuHYbSNlxHmeW4OqGd3Ei3JljPoIDESvE"
    "pYr3iM6SymyxILZBSEWVIRXT/mwx7I9Gv/MzbsANv1p5pML3lor31Lnq5GAIi8/oBIYwMI"
    "SBIawLISsw6gWErID5EyxzNRE4jlvm0jgKW96UJzrBem6b7TDPFe0kHDSPtWQ+luoi3N9L"
    "C/UJKx2GnOo+6yaJqMJeIiKl06xM6RQk0iolUvN/BNZ4ccZpX6EEmlHwrJMsY64Yfivo2y"
    "wYB6mKQfq8k7hk0+KeHLvS9ywQexQtFMuLTyOhqXLMLnFca+XQ1hnoTv/2fjjuIfPfUplM"
    "5z1E/iyVX/sz7vPkYc71kHu5VAYP88Xknpv1kHO1VOYP0+loSO85VzQvyGxm3rIvyJ3P/f"
    "GYG5E71kUepVbxw6uL6j7TKeAStMGXPnQOXKfZnkir+HPgOrJBgU4rHv1majfS6LTw971E"
    "esuTojxACWka6qPCio6yhr+pTznTkvspYZTrNsoRrdp5LM2/4setqj71DQPv9kxTc6hFN0"
    "mQf7bakknnNT6aWXCiYDSdzBdIXSMBOWUTkKCs0PNWMJBIvg+ivxa9IlK910BWN4zEgif3"
    "VrAS4Uba/Ch6hJ8vL6+uPly+vXr/8frdhw/XH9+6CoXooyTNws3wE1UuBNZjiqBja9Ll2i"
    "3DtC3khZq+YQZkCtNZgYzfiiFZxGfaCVJB5FXUj08mv1wRX/gdQ4sei2uQCOxmDFyxpmXz"
    "7HAJ2icEl+VIvScvxTz+LmJtzzgAktzWo7QthP3iMg3sF5fxsNNnIddqp8hVVtYnRNimTa"
    "MCNijBJO8AW4BV3ub8b309NmxE0trnQ7OxTq7A4UGIl9D843RcRPPPk6JjO/XDo0dNGpm1"
    "aVlxnX/43E4V/N1wBEfKhf+LZnIK9yRsCBu5IRPQmquBOyekcwchrSohzZ0KWXihb7G11m"
    "pl6KmNydICTMd/ZpvpAbIWSUeVTHm/XX4viVnmt0sAkzvF5I4eAam95SOULQT8Kg2XfxXP"
    "5F9FePzwCZt+QwlTApefe1PZCy+yKjDw/2U+Gce4oXgkYXWmJBro/5AsNTnKj4UlBSOgw4"
    "ykpwtnousGlZO0g3B6Oqiz/kNpldknSk0D6Kbc+HY4/tTJNroOWQ/ZF9TDaDDguFuz8pBz"
    "uVTu+kOz8JD1f6l8Gn7lxvzDtIecq7D97Tw+RrbYmEVp7SeBeP7wcRMWxjPuewxy2Ptqvf"
    "eBE1n82mqvExlhTSw1YE4XozA1uBnVeY1DGGzb1jhj2CMxcX4VetbKRBHKNknwZQXFhm0W"
    "xVjh5qFeG4Z5WkscY87lD5h1OFBZ3TAUVxmCQqM+kC2Bv9TAUNbMjTdfhif4cRNmxDgIka"
    "NN2kK7CWbCgyZn0ezbzVuozr98mzZ0NDF2NOIvpWMit2XykvIoWgjzxeXHNDqpy4/xSin6"
    "jGEIZOik4lX2HgVo7E/R2D8TePj4uNIYZX2Aqn0OgMWrXS3EMgd4hsjah3QpYZ6EsZG+MX"
    "C+UcmMFZQYLbdLFEL5kVCVtZM4jEi1O8nNZDIK7CQ3w3DtqYf7G45M8VCZNZYXvJ7DfcZP"
    "1RqLQsVmbvolsHigk5ZfC5J80Fj5fGKHII68NcNRmIFHlDTxIBk82YMV/qAYEoPfPqL3Z/"
    "YAGuD6qALBytN+DXCclSdDeHEkdkA6NYdaewMHStWXTQ7Go/qdo164HYaezP+4m6QfU82G"
    "PHZblpvve394JHLpFlvu94T/Ad/7evreZ+Zoi3QF/2HwB0dwcASvA+DgCN7KTQUcwcERvG"
    "GDUSd5KZWYHOBoM2hbA3QVKlzdO43SuNYkA9YMUyW5qvyiPnYYUpf/cTe5zpLVkP+P3fJo"
    "4qs+cmiQQVNT7Q66gbbkDVhBwtrAGhKQqO52koFeLTtmrT8kaBqRqVekT0mWzTxWZm55fd"
    "l53e2EBrTwFyyVZ00yDEIt0R4x0mkyLfIrFd1+jaAjydCRKBx08lS1Xkteogn6ltxVFNVA"
    "skqeScabpbJUFqSTvaaKWNetttbX0ZF2UGhXiNxSFRH/Hf1blAWyM64sVeO/kWS9iSxGHb"
    "9BfURQRzp5Ii8VIqhik8prQX612ScisjF6RW87b11JeNVFqmb+HhcuqjzGq9f0LYRqSaYO"
    "WRDokeYRe3FIf9K99s+q9oS1N8iZLTrBkbx+hXd7leBlQGax+vNY8YLzk6RkClh32rdQqi"
    "ghvzYwtOdiaMEc8EOws4GTM/NIh4mrGewqD5k2jTVEQhaeEVE3+Jj0fQv8PckXpFU5/JIW"
    "CffbIvlsctfIaDL+5DQPH1i1kQjNamR3GK9odx2WJS7QoJtoizMrf639bVPIhSIR1NQd1q"
    "iIIRhkWALZjPEKmd32iJBDxCcixpkfuwivJPPFaK1S0e55S4SYaIbk4rsH7/l6ec9bgxoF"
    "dr4TZDm+DrtL1Sb1/NXlh/cuvvRDErTz+/5oxPJK2+1sW3raA8BHArt/ut0fKiFDJeR6oN"
    "8uVzAIAW/zqDOkwnpWQm48x3WSdHK0ZvJEwQuV/DGHo8SKyWcdhrRR4BnrJZ8k7S0k8Qkz"
    "HS7tJ90k+c7w2pTrZenIbDzeCZJsZ0e2cx3TaxeybN6XIGudKGuFxiUDyxqlbCPvWkYoXL"
    "w97niavibY5jr/eCBH/nAy7iHnaqkMJvfTUZ9MyB5yL5fKjFs8zEg76/9SueVGw6/c7Pce"
    "cq6WymTxmdYJNf+FtUHp5I9U4keC9BGJPj88/geL2cLPPZI6D12dRLwG5rOcTLlxJ+NioT"
    "S0oi5Hpr+dz5L3iuiG73htCFN9d+c1MD/SBTWfjL7SpJfOFVl6o8mc3rH+12MJCboubRSc"
    "ze/ZR9MGrVQFa4hGNxKp95FRTyUhwN1PBLsVKKR+TNUEKKR+xFFPo5BaS5pu8G7dteyDz+"
    "wAYs/rM+TRlU66UuVvORPNBkhhnOs8zros8KtDnkUdpIRRrvMon8OkULPhLDmNbIydIHP+"
    "2LSWgpqhe7KpgHwBNH4YjdKlijWTJZyY9sKyF7gJGhrGbsamvPAv+x3WdWFzan4QC6h7q6"
    "82QVWmV6IFWt8wBHG7i0kREmnTPW67onU6/M2PuifeY0Og5hDLaXAtyRg94b2BSPf4mcZe"
    "ka+uoscXA1tRULqhUp9C+iTqjHhqZ2lMZ/akBeNY5cYx838E1njFmdO+jTqz6+tUhrDrBE"
    "PYdUTDL/0vKyNkUkoXm6JNLp7V5yikIZ2Zs46E6Vo4yS9SKYYvEhTDF1HFMOQCLzkXuO98"
    "TH8EBonatJ2UJdDtPH73RJGurfxzNyTbBedY1jog5TPjsan6QpLgURY8faq+Th9ZND/paC"
    "tRbvilhyx7YxdZJnskbgWFyGhdZNl7KWevs8KA8neUhuu2fxow3VUz3ZCtoES3i7Wm7vjT"
    "HGtCXdTYEeMHda0x1BNHONBBnZfVDzrAimpkU0vY7Wu8VHNukNepJIrrBIHiOipPQPAe+E"
    "qB10y3cF8pj6NOzzQHaEBKPy6lewE9hQjpDQQ4rXQemFr1E84d9UiseO7TnxwV0H26m5Lj"
    "vEBsPpPYTLbebRzbcpzl96jrzMN0PN7e4+ltXt78l4c/v0in809Q+QMDWTUD+aiuGBEN8e"
    "lMnPatwLfqZCbArcdPdeDWgVsHbr3u3Hogv6TtLFaID2DQVa0l0JfqBtjHmiRuOwypxn7S"
    "TRJnBK9NmWIMSC5VSi7fsKbbay0tw+wjaQVLV4GvHV1UGRC2m7cQ3VKcvGznuCjC8VngfS"
    "SQBT5jFvgIS1Wlpu6v/wfowOGp"
)
