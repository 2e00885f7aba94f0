"""Drop-ship requests; shipments from a supplier (no warehouse, no task)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = False  # SQLite: see below; PostgreSQL runs the script as one implicit transaction

SQL = {
    "sqlite": """
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE IF NOT EXISTS "drop_ship_request" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: REQUESTED
CONFIRMED: CONFIRMED
SHIPPED: SHIPPED
CANCELLED: CANCELLED */,
    "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMP,
    "shipped_at" TIMESTAMP,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "supplier_id" INT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_drop_ship_r_order_i_db7126" UNIQUE ("order_id", "supplier_id")
) /* Status changes only through services.dropship (its Lifecycle). */;
CREATE INDEX IF NOT EXISTS "idx_drop_ship_r_supplie_3b10e0" ON "drop_ship_request" ("supplier_id", "status");
CREATE TABLE IF NOT EXISTS "drop_ship_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "product_id" INT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "quantity" INT NOT NULL,
    "request_id" INT NOT NULL REFERENCES "drop_ship_request" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_drop_ship_l_request_9cf826" ON "drop_ship_line" ("request_id");
-- SQLite cannot drop NOT NULL in place: the shipment table is rebuilt (sqlite.org/lang_altertable,
-- "other kinds of table schema changes"), with foreign keys off so that dropping the old
-- table cascades to nothing; hence RUN_IN_TRANSACTION = False and the explicit transaction.
CREATE TABLE "_shipment_new" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(20) NOT NULL /* PACKED: PACKED
DISPATCHED: DISPATCHED
IN_TRANSIT: IN_TRANSIT
OUT_FOR_DELIVERY: OUT_FOR_DELIVERY
DELIVERED: DELIVERED
EXCEPTION: EXCEPTION */,
    "tracking_number" VARCHAR(64) UNIQUE,
    "estimated_delivery_at" TIMESTAMP,
    "packed_at" TIMESTAMP NOT NULL,
    "dispatched_at" TIMESTAMP,
    "delivered_at" TIMESTAMP,
    "carrier_id" INT REFERENCES "carrier" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "task_id" INT REFERENCES "pick_task" ("id") ON DELETE RESTRICT,
    "warehouse_id" INT REFERENCES "warehouse" ("id") ON DELETE RESTRICT,
    "drop_ship_request_id" INT REFERENCES "drop_ship_request" ("id") ON DELETE RESTRICT
);
INSERT INTO "_shipment_new" ("id", "status", "tracking_number", "estimated_delivery_at", "packed_at",
    "dispatched_at", "delivered_at", "carrier_id", "order_id", "task_id", "warehouse_id")
SELECT "id", "status", "tracking_number", "estimated_delivery_at", "packed_at",
    "dispatched_at", "delivered_at", "carrier_id", "order_id", "task_id", "warehouse_id" FROM "shipment";
DROP TABLE "shipment";
ALTER TABLE "_shipment_new" RENAME TO "shipment";
CREATE INDEX "idx_shipment_order_i_c387a9" ON "shipment" ("order_id");
CREATE INDEX "idx_shipment_carrier_5e179a" ON "shipment" ("carrier_id", "status");
CREATE INDEX "idx_shipment_task_id_b66bc3" ON "shipment" ("task_id");
COMMIT;
PRAGMA foreign_keys = ON;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "drop_ship_request" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "confirmed_at" TIMESTAMPTZ,
    "shipped_at" TIMESTAMPTZ,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "supplier_id" INT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_drop_ship_r_order_i_db7126" UNIQUE ("order_id", "supplier_id")
);
CREATE INDEX IF NOT EXISTS "idx_drop_ship_r_supplie_3b10e0" ON "drop_ship_request" ("supplier_id", "status");
COMMENT ON COLUMN "drop_ship_request"."status" IS 'REQUESTED: REQUESTED\nCONFIRMED: CONFIRMED\nSHIPPED: SHIPPED\nCANCELLED: CANCELLED';
COMMENT ON TABLE "drop_ship_request" IS 'Status changes only through services.dropship (its Lifecycle).';
        CREATE TABLE IF NOT EXISTS "drop_ship_line" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "product_id" INT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "quantity" INT NOT NULL,
    "request_id" INT NOT NULL REFERENCES "drop_ship_request" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_drop_ship_l_request_9cf826" ON "drop_ship_line" ("request_id");
        ALTER TABLE "shipment" ADD "drop_ship_request_id" INT;
        ALTER TABLE "shipment" ALTER COLUMN "task_id" DROP NOT NULL;
        ALTER TABLE "shipment" ALTER COLUMN "warehouse_id" DROP NOT NULL;
        ALTER TABLE "shipment" ADD CONSTRAINT "fk_shipment_drop_shi_b815d4cf" FOREIGN KEY ("drop_ship_request_id") REFERENCES "drop_ship_request" ("id") ON DELETE RESTRICT;
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXVt32ki2/iu1eGlnHSYrtuMkzTxhrCR0MDCA093T9NLIomx0LEq0JOJ4zen/fqp0v5"
    "SEJCSQlP1ii6raJfjqtu/1385GW2HVeD2QdF3BeqeH/tsh0gbTh2hVF3Wk7davYAWmdK9a"
    "beVAo3vD1CXZpMUPkmpgWrTChqwrW1PRCC0lO1VlhZpMGyrk0S/aEeWvHRZN7RGba+vb/P"
    "EnLVbICn/Hhvtx+yQ+KFhdhb6ssmLvtspF82VrlQ2J+dFqyN52L8qautsQv/H2xVxrxGut"
    "EJOVPmKCdcnErHtT37Gvz76d80PdX2R/U7+J/RUDNCv8IO1UM/Bz70W/rCOK48lCnAsLUe"
    "zkAEjWCAOXflXD+vWP7Cv84+L87fu3Hy7fvf1Am1hf0yt5/7f9ah8Ym9CCZ7zo/G3VS6Zk"
    "t7Aw9kGV6UDHYR2sJZ2Pq9s+giz9ylFkXRzrC+1G+i6qmDyaa/rx3dsUHL/2Z4PP/dnZu7"
    "ev2As1OvntRTF2ai6sKga1D631Pwe0bvtyoHULfGz9pXp0cC/evMmALm2VCK9VF8b3Gd+v"
    "Ne1J3OlqHpgjZIXQdqZpPcG+ygT2VQrYV3GwZR0zOETJjGN9Q2tMZYMTdowQZQTulUP62n"
    "1o4lSnP3A1IeqLMzFSwF8Mb4X5on87Za/bGMZfqoVffyGwmgur9CVSevYuMk5eJ+jX4eIz"
    "Yh/RvydjwYJXM8xH3Xqj327x7w77TtLO1ESiPYvSKrDVuqUuan+z8/fhKXBYsIJ7SX56lv"
    "SVGKrxp4exVrYbzACJzY5rh/TjlxlWJQvc+DxwGJG5003zluDf7rR3S93JwNDTLrQkPONV"
    "m4tNtEQi0qP1k9i72Ztcvm0tEYJVLkvnVKWzdIFGwNIBSwcsHbB0J2XpJFXVZOuMENmbTf"
    "z4wodbILuNBfmQfkWJyDgGfUJXxxuJznQ2nMyGi987+cbDo+sh92lJBqPJnB7mPeQ8LMl8"
    "OP40EsT55+H0VhgvxI/DGavnFneKjO95luE9Tx7dc97gPovGVlU4POS1pqlYIvxlFKGMjO"
    "E9Ja1qEN3NqzqOgQfv9WQyCnGI18NFBOe722thdmbDTxspJg4eDj7ojNHQ9BXWxa2mKnLh"
    "5cTr54hr6bo/+DKZ3QizvIvJI+wh73FJZsIvwoCuFvt/keXxc4bV8XPi4vg5ujboS6QnLB"
    "qYSkuc1ZF8wsQI2yfPVnLSUBlpi2VTNKQHbL7QI0KTn3LuSkldHHF78koauz+BXiF5FYBe"
    "oWMdOQcqFSasjwaOf6JKIaQElXS81nYGFlWFPB2IlKM0+NXts02gVamHmeraamfpTmJ6GL"
    "eqm6aH2QYagR7maPtrxXoY42mXh5NzmoMWBrQwJ+aN7yU9rw4xQFKKANLq+bvVFZmD7g2W"
    "lY2k8gH2aKKMrk302iFu4IROQfdGGAxv+6Oz87fdi4gk4QL/Nm6p3Ok6JkmajgRZIkBzRK"
    "3G3fwmpz6j4By+zDCFLxNn8GXc8q48rk3xUZc2HI4zkXGIku1nIRqgqiiFiQB5+MeTh4Oj"
    "vtK1LTOhi8Zuu1UVrIu5OPIkclhg9gKLqR5SkI/D/lHT6cZFvuCXmIo8wYsh0FWzwE6Snm"
    "mxLj17gmPihKNYUASwfUTP6KqYDQd0ADJrepgSA5eh7hnRfhq4xWVS+ViKZnq2f3PUCAe4"
    "27CeRqyjtmK13enyWjKwWNr0mjo9tn6aaQ8PB6te3Z0woAVrC1RV6hO9A4SjUAweLskaxe"
    "BpBirFRjEr3RSVIrh2gVKxoUpFlQpvIpM8xZX0kkdrECcsJNYUgvx9rfcJ0Br8eFqDQlZ0"
    "T1xzDI2HssCZubmGiLcJPqgHwtT3OmopUmHhqky5qoH7DMhU5ULF9izR2rR0TL+1ceimdU"
    "P7Y+FFM7u3NsFWpSjq+wJxZNGQo1CyMPocagbS6NFYH5BGQRpt4EZ3BGlU1nbE1PP5CPgk"
    "bUQ5C8bJCMfd6x+d0zgrvD5F+yIYzjNN4fOUKXzOUahQhsfc8Xbgj6omJSlTAkQRnB8YVf"
    "OQTnMfmtxdjwQ0nQmD4Xw4GYcFeKuSFflORTOhP4qirJHHAjAHqQDnDDhvdUXTFZOzIyey"
    "aUGS46kE6UqsNbsGSkFQCmZSCoKeK6sqwkmTARE24KMCatRaIKbQyWVKxqGrcUr7WdBu2o"
    "oTZGVKQqlKlelgR3e/TUKmTbeum5qXKdgK9KVH4wor1pfijaTkSlXoEbROY3pxlUVlSlsl"
    "q5yuTqs0rdlOdwydKciTIE9Cqoba8Bk2WBwmw0MxmcPQvCalshd/BFNK4u8m1omkijp+6N"
    "BfEqpUVniz1UwWdCk+4ZfOnxHO5A+6DUvmzvrWge3D7sZhj1jQyZ/AwhyVhQmOaR5OJkLX"
    "Qgva+cWHLEaeiw/JRh5WF8kLFlkmOSDnkLaP0akEdMfhiHZJHrG+1Z19ILslk0vewilfvt"
    "+Dt7Xn5eVjhO2b65Uw9f4pG0d6f1ZIn/qYeVWF8c1w/KmTD3SXrIechyWZjMXPk9FNDzkP"
    "S+KliBRuAvkiBVoz7c8Ww/5o9LtI/0wGlDGnLTiFSxKoD5ROh4Mv9tvtB9bj4IvdCfsffA"
    "NL3joN9+8ULYlX55XcCKPhV/sbe49LMuiPB8JoxEq9x+A7ZsLibjYOv8QtY/kx3Vr3qVNg"
    "wl5mcSq5TPYquYy5ldjzTbzHD5qOxbWmcni8PDM32lONNw2Yvy2Yv83JTXO0U63k1DTG7t"
    "7UTImjZk1NrxQkgwxLOAh+PMNSEYAB3azoWjEPBfxTo3Qt3CtKdlJ1okvyeqpGyGrMM9TJ"
    "XdWenlwPv31zmu/jB0CnAM2MAJIq5o3Q4NG2D/YK5BKGG0suc54bbY+qfThXo7CwQCvi+x"
    "6jBMfsDI7ZNmqFvODjpIB4BsSbZWc/qnWrXWb24KDvtquCgx6mBOeKuoy6i1Fg2BM9y3PZ"
    "qsNEx4t8qb3ZmmNGygdsmAqQ3Z8+NeDREWEL8iZNDVxY2jCIk5x/upGkqeF1m5AqlTeLy0"
    "A30FVb4Q2v3gNS0eJvh/vMWz5YwrdsXvNNgTwcGQupevdidJoYu0ZCBTE9dY3paSRMkD6q"
    "EGw6ftiR1YFYzaxO2guRudMP3c9nVictnEyVO7zbPFWS17vHce1xfRex13CfA3xnQjDCzK"
    "qKtAckEWR18JOB1gplOPWXHnpea4gx9/RL02fJ7NK/mNCm7OPL604E0VI63B/b94fzS8FJ"
    "/thO8k8KSfBL4+Pqtm+hxb58U9uDrm3Ew7xWI13U2PAGTn8tcPoztQPna6gDmK0wW6ucrT"
    "qWDJ4/1AJ/T2ALfIoaz80yjLsL4bdFyLDk4nh22//tVci4NJqMP7nNA7gPRpPrCN6U9dQ4"
    "Gt5kbsEjaCG7AHHrYFoNtStuUPeEn+zyTZAEjH/7jX9eEPmBxqm2Rf13I5ap4LwKmaUG/f"
    "mgfyOkWaUq16dY5pckdYprm9mnTVHddlUmKwKFxqkUGsbTLg+H4jRvIX8Cid6bxvz9tZOI"
    "mS+vcJAE2ACOdxX9Xaa41RWZM3NTg8DChBAJhoMTOx4Jxk5VsUiwXZgQcN6DM4gK5e8Rzk"
    "1z+VANEwGuIIIdTwTjTN4ScG3fJW1RZMNrNrfXZZXybcBpjiPghl3qkiVcKdxur7vAHWVy"
    "DGbZ1wi2TfuIncfI0Ha6jFeIWR+RhLxL0dCZptPPzGHpH8xhCbl3d7+Kew6U2PeSLMlijW"
    "16xWAtaXdd5Iznq57nmYDWkmG90Gq6pQXzL3f5nRC6XrogK4mf9x0jdSDZH1Oyh2O6GvYH"
    "xM7yMW1gqjJ6Agqzr45pN4ch3aVjxmH7iRmMR0J/bpfZT3FTdRET8vm7LDkIopacQAqCd2"
    "BwA4MbSNGVbHkOu5YP1ghVIWRr5pVRNrBR7jMjslEygBY0FCfRUISu1D4Q2TyXkdVs7mYF"
    "N7puMwTfuptoCQDPA121E9/IiVMrLVDsyj3etUyca/lSrmdyArnz3Wvf+XWtyGtfN2MgA+"
    "vfMJKQ098//Uf0rJhrRDRbNWO1W6H7FySpalwpVGK/+6508H9x9L4GUNscU20DeUPaxxa2"
    "EVvIHFJ15pBacYdNxTeVPTyxk2bg/lsO4xK+HTeZZQncx5uNWRmwRMJYZ4Yf9QVROt2JSE"
    "XmWtd2j2uLe1BkbLy2+kZnkqltFBnN/zVC/0M5DhWvHimRrj1z7Fil985lXAJmXGBc6sG4"
    "UHToOOfSEfoUxztW39Qa3mCwls3D58AzSAKAxhSu0gM2X0Rr08mjcY2QAbDxmWoruLaawr"
    "tNK2W6RugA2iRoC9iceaQAcBRgVXtO2hGuNU3FEklwww3SRWC9p4RV4eoyDMd1vb2eTEYh"
    "U+X1MBr+end7LczOziOOuZz0nRZ7WMiAHKIswYBcT4Vs3e3FLiapBmOr0tmBcq6sKOkRF5"
    "dX0tjVBammk0+OZrpncJZbPL8iePqByrgB2KaojMEtv2S3fNAZFwc4o0tBstI4qMv9hstI"
    "6cpEjVunrxYhX2lOyTBoSRr2IKr7lOybYNu9enYrBMNSZveQo+q08jy6ajpEpxkyaSNjt7"
    "EiP+izgRF9tykZccX64d1liekIby6hlWDFdgSsDfmzNVwrjz+Kmv3ni4vLy/cXby7ffbh6"
    "+/791Yc33okZr0o7Oq+Hn9jpGeItIfgDWML2YZuUni5bEMiBqeqOBC5lHwbCcLpgkR7Ww5"
    "L0b365my9uhTEt9J+XZDC5Y0XWPxYiYgWLeFEjXtCIFzNih4zY8SJuDkKRcSuTwRc3E6H7"
    "2c1w6NeHPy/JYtYfzz8Ksx5yn6IH0mkCUJyTT7SOtfy2Rp8OdOFJFsfc2MYJAdwouJALsu"
    "p0QDp+wDomvMw1ySiHiNqQ47TypFaayQE4OYOs274N2KapjKvIH9usYEu4LbSUWMuIgJ39"
    "FI4TgpSxX/Ec8Z48NBwo5LPZMKQzRwTFJlqtgoKmO11eSwa2owo5ar9wg26a2m/rNBU9c3"
    "TFaVAj0VaQVaVuXq4NzFRxM+t/XHTy4W0T9ZD1b0nmlnZi7uglxh+Hs1vrbgT3MXw3wkAY"
    "fo3ejWCXMb2EW+uX8W5bKKJtuMgmVaQIFcDtnvC2BMoVbSRTkTl2g30OQx4deAvl8BbC37"
    "dYLiZgREjBG68+7kEckQITs8AYB8hgfOs8vqAn+AH1BODq2bZRz+LqebqsUbUbZLDs1xrb"
    "NJ3bSfLv1A3kchPwgL9ncYRL9PdkeZQP9PUMqSfdW5pagnyl/p5x4PYpf/ffgRVWAFd0Gd"
    "YfHD2z6xAPOQ1Oqe2FXM9VuBnJWGHeQoWCmjm04GzEvcVJppIHRzTce4mTS3fw3ULN0fgU"
    "uloIXKwrul4ofOTmg5dHCyhniL+LMSCHhuFFjewNwztzMB5vxsE1RKVCXN9riFz1gzsIvC"
    "CzSJNuapiZK+sH5sf+QLO+d/fPTyzw6wHr6MG6HMjppYfYmd5FKpZWiOl0u2ijEGWz2zi3"
    "ALncVDzorNyuubJPUBsEUk8dpJ4CnGNpTGNNN6nSuEZ5pzN/c47Qk+ykHqQ5ot/Q3Tzv5T"
    "YFvdQvM7jtXCZ67VzG7lale5HI9iJxJb1wlHGJ+0OcEC6BiPPnzv4uFs5MltzB8Tj184aA"
    "DUJm227faSOyYOs7gq0P5Mjq5MgTJwKf0l6kR769yqnqplqpAo0qjk9YK1uWASV/7g+Qyg"
    "6Uyp7pel6b4qMubfIwtVEyOLR4aWAtUUTcbHJJCwEaEBQ4HlXKKi+mQRKANA7p2l7MuTAN"
    "0QCoHFkgcKblkAXCVLCtZpAFHMjKkAUCXTUM5MyyQHiC1YpfVeSnhWQ8dXgMq1uXzrHSVq"
    "LpNstwv55kIna1HaNjN8poqopl07CMEazcNjYoxPrg+fPxLtQr3lEW/jghSJfNY13RdEfP"
    "FQi7sEJ7g7ZDCOuFsN5M6vnJVBjn1M9bND3E/i5Jfz4ffhqzoFv3aUmGY3E6m3yaCfN5Dw"
    "U+LMlkLH6ejGhj52FJbiZjoYfY3/IieMvPFxZcdpnVpz4J+JbFElkZBj2pca4sS0GaNoRG"
    "HyGbVbNi+iC8qwdBfTDqRYP6TEkvNuphSojSrs8gx9e2rG22TH4rdvdRmBZGus4jXcBxGf"
    "yVITy3Lmq6slzA2+76nc/jG4JyGx2U62g12xaPG2JDZYkcek8N7UL41i69PNdWdChO2c0X"
    "9eTTjhzZHVx9KTaHDPHcrt2hslBu16gR8DaCaIZTqvbBhbYis/nTLo8O2GnewtsMyk+yfy"
    "/pMt278sAbIGmfhr0ChBUiqprsHdOZYY7QAdb7sYYkGhXEhTD3hUIpNDiUYOSMu4RpulkE"
    "3TghgBsF12K/c3FjAQrYDfYr8FwR5NCIkIAnV8MAzqpkCkysOvnX+WoUXkKBoI4lJZUAbS"
    "bib7luq2U0SNUee4gS6i/W5y6SZBlv6dAjTUdEM7uWrxzrDUv3ispNG3BoZ6mStawqzC3S"
    "+oGHStdwIy2rO8aNtJFRy8FzxymB697PdcOFg1W7aK3wNyXfbYM+Rftm8HkmiM9TID6PQ3"
    "wCRUi9JzJI53XlxyM36bLvx521WW6ydqnrPIE7/cFAmC4s/3HnaUl+nU3Gn8ThQrjtIf95"
    "SSZfhZk4HbKLpr3HJWG9s6f+9UjooeCnKEN5Gt/xI2q4a721l7/pgHdzMvTN9HPN4t0Mih"
    "9Q/IDip5um+HH9Qnh6n4DPSIraJ9iq2lwgnv+bFcMoS7rOv7jUxRpCGiGkMT2kcdoffBHy"
    "Jh10qNh1o+z/ktwM59P+YvCZlfnPVnDjYtYfz4cLK7bReabM6d1C/DiZiTfCaEiZ098pjx"
    "opoX3aT1aX7uOSCL8xxnc4GfeQ91jn60zZbvBEv4BIh/+e5+ObzNxySEthdE+7BCtmc7FB"
    "mVCLXaX7tMK04EWu2kzqBIJA6hwEwnJyFZJwQoQg4NRl0LMIOCvF2EqmvC407jFiWN91Xt"
    "/OZlxsqCO0MNJ1HumwZJNRSgkTQdqtuJJ8pWtbkYmroo7pDzRyemgnkQPUcaghILUNXmwt"
    "n6SnjPBtIbQQ4LuPOWlJgG/N5m7J8b3RLfe45o2GYptk3eDDGuOkSsD4hvbJDBYzv8d2Qp"
    "3EhmbA3RERSkB74PfUTpTD0tQBqQCcTPmHZgPw8+235OgLTcwS8iW4xso250vwTCKWl/2B"
    "gC2czlqXPeEY5vKkvADRWbjfbF5RWoCY7Rzu0UicSZAPoEk4Qz4A8NFu5nSFWx/g1ofT80"
    "fd5tz6EGZROexWjIdN5rfCvDMwXG1muJrniJgfbHBCTGBm4k6ImmzdZ13EbyJC2kLnqDb5"
    "TRTJr9Tu3EqVhCGDk+mPu8R0LDMjZZG9NELawr20xY6mILyC8ArCax7h1TVIJ5kKQvXdNN"
    "HVt/geyVYQMCyD5AqmgoZusmAqAFNBQ6drIf/0ErzS24hrCq91Su+zukGdleNKcTqrCcPl"
    "jkEKzxUYpixsV2Ce7E9rObfUx0heS+QRG0ij4iAy17q2e1wjA+ssH5vxmvXNukZnimmgkf"
    "KA5Re6176KJ7Y8vDtuakvPI9vYbbcqc+WLZrX8w6uCe6LBlpEnqcJM+NedMF/kz6vgEfaQ"
    "97gkg8n443B2axkW3MclmX8eTqeszHmo85XQkHwqGfr2qszgat22jTpHQx7z0aW/9EHRNw"
    "UvXQ3TgimkPgPNV4lvi12iHKKEUa7zKEMkcwXauLBgkdWYFKYCZCHu9jRxt57IfDiw80BX"
    "LcU2smwPCKWDq1ATIC87li5qmmzJzKw0MmyGH3YkrA8L13TTdI263+aYKVR1bO50IoK991"
    "TaPWmj7Xi+HjdYVjaSygfXJ4qKDjbVa4e6uUuXB+aNMBje9kdn52+7F5Y8QKUExT5GXKXc"
    "25irouW9S2SOcTLl9p8ATQstwJcZtJuXicrNyyjCRDM5+UcW+HvCzuC2b4OvbZqcK/y2CI"
    "m4LoRnt/3fXoXE3NFk/MltHoB8MJpcww1LR3ZtBk19MvrN1Nlm0dSDjqcKF5Yoa5kdXC4t"
    "pFkDdc9J1D3h2VgCvDOrw9YnquKu4hDc9Jug8d1odCqPIXsgkhy0A7XddNnd+p3V+GZHZX"
    "RrVvn+vgddRQvSO3hr1whn8NYGb+1GTlcqGBn5go59ihZO2qtMgvlVimB+FRfMqbBnatY1"
    "JQVmMJ/4eHP5TUMmMrsQRDOKYcylBYjrKRbXbgOpOs7jxBJc3fAuT4Q7ccxHeCAShbhM8R"
    "7xWXI0WyyIbRBSccyQiml/thj2R6PfxZkwEIZf7TxS0bIl8Wvdp04BhrD8jE5gCANDGBjC"
    "uhCyAqNeQsgKmD/BMlcTgWO/ZS6Lo7DtTXmgE6zvttkO81zZTsJh81hL5mOlLsL9rbLQnj"
    "DpcORUr66bJqJKW4WKlG6zKqVTkEiPKZFa/2OwJoszbvsjSqA5Bc86yTLWihHXkrHOg3GY"
    "qhykTzuJKzYtbumxq3zPA7FP0UKxvPw0ErqmJuwS+7VWLm2dge70b26H4x6y/i3JZDrvIf"
    "pnSX7tz4TPk7u50EPe45IM7uaLya0w6yH3aUnmd9PpaMjK3CeWF2Q2s4qcB1ryuT8eCyNa"
    "Yj8UUWqVP7yGrG1znQIeQRt86SPnwFWW7Ym2Sj4HrmIbFOi0ktFvpnYji04Lf98qtLciKc"
    "pDlJCmoT4qrPgo6/ib9lQwLXmQEka5bqMc06qdxtI82Zn32vfEm4iC1d00EV6zGh7tFqLt"
    "7l5VjDW2M/jhv3Lamq+Vxx9FuP/54uLy8v3Fm8t3H67evn9/9eGNJ+XHq9LE/evhJybxhx"
    "ZJBqM0HZtc8DsEpYTF/DD4B5UCW0XOpw9wCOosQtVGGSA90n3/keJh45QD5zhlCwG/vMgS"
    "hX2RHIZ9kQx43n08Stkme96RN5Wt9KJqEgf/X+aTcYIOzCeJ8p6KbKL/Q/T4buIApGDJwA"
    "hxnLHY+GgYfISVZB1EY+PhkrcWywChNRbkaCO7nKapWCIJCy1IFxnje0pY1bB6Jccd1+vJ"
    "ZBQa0uthNMPE3e21MDs7jyRTSfBlOJV/LxWNKCi/aPcdrnevX91N9+21G4r/67Tcm8a9j1"
    "waZK4lE212honW9A2YIOnBxDqSkKxtNoqJzpYdK74ESbqufMMr2qeiqoghYPkzGMvOq25U"
    "x1z6C5bkWVdMk1IrrEeMDIoVZeQlYjivkQzE0sPL0s6gtZr9WvoSXTLWtJQQzUSqRusU8/"
    "WSLMmCdrLVNRkbht3W/joG0neEdYVokUZk/E/0H1mVFJa3dkdMRf0PUuw30cVo4Neojyjq"
    "yKA16pJQQRVbVH4L+qutPhGVje0M9u5bVwpedZGmW7/Hg+tBUlS8esXeQqmWdOrQBYHuX5"
    "BEXlzSnwy//bOmP2H9NXJni0FxpK9f4c1Wo3iZSVnyDzGJg+B8LMH5SSEc/JPlC7d9C6WK"
    "Cmy6wNCeiqEFa9UPwc6GTs7cIx0lPs5gH/OQadNYS5Q922x5+WuTlTMBEoimjepbVMkwRa"
    "zrvGCg5BSEYao2OE+kLZKyEhHWRCLsY12R1x2eC61d0011oPXbgPfs0ZjUir1nv1EJWMmX"
    "gCNA0kI54OLqKpP31FWK99RVzMBAF1UOhJ3mLUT3PJOP8nmKj/I5J95SIyb31u9kQStAAo"
    "JWTkHrpIfZ3/8Pt4WbNw=="
)
