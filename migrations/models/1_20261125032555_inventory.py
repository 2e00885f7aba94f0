"""Inventory: stock levels, the stock ledger, allocations, channel warehouses.

The CHECK constraints are the database's backstop against overselling."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "allocation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "product_id" INT NOT NULL,
    "quantity" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RESERVED: RESERVED\nRELEASED: RELEASED\nSHIPPED: SHIPPED */,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "supplier_id" INT REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "warehouse_id" INT REFERENCES "warehouse" ("id") ON DELETE RESTRICT,
    CONSTRAINT "allocation_quantity_positive" CHECK ("quantity" > 0)
) /* Units of one order line sourced from a warehouse (or a drop-ship supplier). */;
CREATE INDEX IF NOT EXISTS "idx_allocation_order_i_d9a193" ON "allocation" ("order_id", "status");
CREATE INDEX IF NOT EXISTS "idx_allocation_warehou_a5d4e4" ON "allocation" ("warehouse_id", "status");
        CREATE TABLE IF NOT EXISTS "channel_warehouse" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel_id" INT NOT NULL REFERENCES "channel" ("id") ON DELETE CASCADE,
    "warehouse_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_war_channel_0af79b" UNIQUE ("channel_id", "warehouse_id")
) /* Which warehouses serve a channel; a channel with none is served by all. */;
        CREATE TABLE IF NOT EXISTS "stock_level" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "on_hand" INT NOT NULL,
    "reserved" INT NOT NULL,
    "safety_stock" INT NOT NULL,
    "reorder_point" INT NOT NULL,
    "reorder_quantity" INT NOT NULL,
    "low_stock" INT NOT NULL,
    "counted_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT,
    "warehouse_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_stock_level_product_48cc1e" UNIQUE ("product_id", "warehouse_id"),
    CONSTRAINT "stock_level_counts_valid" CHECK ("on_hand" >= 0 AND "reserved" >= 0 AND "reserved" <= "on_hand")
) /* Counters only ever change through services.stock (atomic SQL + a ledger row). */;
        CREATE TABLE IF NOT EXISTS "stock_movement" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "product_id" INT NOT NULL,
    "warehouse_id" INT NOT NULL,
    "reason" VARCHAR(16) NOT NULL /* RECEIPT: RECEIPT\nADJUSTMENT: ADJUSTMENT\nCOUNT: COUNT\nRESERVE: RESERVE\nRELEASE: RELEASE\nSHIP: SHIP\nRETURN_RESTOCK: RETURN_RESTOCK\nTRANSFER: TRANSFER */,
    "on_hand_delta" INT NOT NULL,
    "reserved_delta" INT NOT NULL,
    "actor" VARCHAR(200) NOT NULL,
    "reference" VARCHAR(64),
    "note" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "stock_level_id" INT NOT NULL REFERENCES "stock_level" ("id") ON DELETE RESTRICT
) /* The ledger: on_hand and reserved are the sums of these deltas. */;
CREATE INDEX IF NOT EXISTS "idx_stock_movem_created_cfacba" ON "stock_movement" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_stock_movem_product_98f044" ON "stock_movement" ("product_id", "warehouse_id");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "allocation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "product_id" INT NOT NULL,
    "quantity" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "supplier_id" INT REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "warehouse_id" INT REFERENCES "warehouse" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_allocation_order_i_d9a193" ON "allocation" ("order_id", "status");
CREATE INDEX IF NOT EXISTS "idx_allocation_warehou_a5d4e4" ON "allocation" ("warehouse_id", "status");
COMMENT ON COLUMN "allocation"."status" IS 'RESERVED: RESERVED\nRELEASED: RELEASED\nSHIPPED: SHIPPED';
COMMENT ON TABLE "allocation" IS 'Units of one order line sourced from a warehouse (or a drop-ship supplier).';
        CREATE TABLE IF NOT EXISTS "channel_warehouse" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel_id" INT NOT NULL REFERENCES "channel" ("id") ON DELETE CASCADE,
    "warehouse_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_war_channel_0af79b" UNIQUE ("channel_id", "warehouse_id")
);
COMMENT ON TABLE "channel_warehouse" IS 'Which warehouses serve a channel; a channel with none is served by all.';
        CREATE TABLE IF NOT EXISTS "stock_level" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "on_hand" INT NOT NULL,
    "reserved" INT NOT NULL,
    "safety_stock" INT NOT NULL,
    "reorder_point" INT NOT NULL,
    "reorder_quantity" INT NOT NULL,
    "low_stock" BOOL NOT NULL,
    "counted_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT,
    "warehouse_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_stock_level_product_48cc1e" UNIQUE ("product_id", "warehouse_id")
);
COMMENT ON TABLE "stock_level" IS 'Counters only ever change through services.stock (atomic SQL + a ledger row).';
        CREATE TABLE IF NOT EXISTS "stock_movement" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "product_id" INT NOT NULL,
    "warehouse_id" INT NOT NULL,
    "reason" VARCHAR(16) NOT NULL,
    "on_hand_delta" INT NOT NULL,
    "reserved_delta" INT NOT NULL,
    "actor" VARCHAR(200) NOT NULL,
    "reference" VARCHAR(64),
    "note" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "stock_level_id" INT NOT NULL REFERENCES "stock_level" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_stock_movem_created_cfacba" ON "stock_movement" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_stock_movem_product_98f044" ON "stock_movement" ("product_id", "warehouse_id");
COMMENT ON COLUMN "stock_movement"."reason" IS 'RECEIPT: RECEIPT\nADJUSTMENT: ADJUSTMENT\nCOUNT: COUNT\nRESERVE: RESERVE\nRELEASE: RELEASE\nSHIP: SHIP\nRETURN_RESTOCK: RETURN_RESTOCK\nTRANSFER: TRANSFER';
COMMENT ON TABLE "stock_movement" IS 'The ledger: on_hand and reserved are the sums of these deltas.';
ALTER TABLE "stock_level" ADD CONSTRAINT "stock_level_counts_valid" CHECK ("on_hand" >= 0 AND "reserved" >= 0 AND "reserved" <= "on_hand");
ALTER TABLE "allocation" ADD CONSTRAINT "allocation_quantity_positive" CHECK ("quantity" > 0);
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXWtz2joa/isevmw6m9Mp5NI2+wmI29IQyAJpzzml4zGggCdGcn1pwpztf1/JV1m+YB"
    "MDtqsviZD0yvaj23uV/mms0QKoxuuurOsK0BtXwj8NKK8BTrBFp0JD1rSggGSY8ky1686p"
    "SjPD1OW5ibMfZNUAOGsBjLmuaKaCIM6FlqqSTDTHFRW4DLIsqPywgGSiJTBX9tt8+46zFb"
    "gAz8DwfmqP0oMC1EXoZZUFebadL5kbzc7rQfODXZE8bSbNkWqtYVBZ25grBP3aCjRJ7hJA"
    "oMsmIM2bukVen7yd+6HeFzlvGlRxXpGiWYAH2VJN6nNnUpDXkKTBcCKNxYkkNXIANEeQgI"
    "tf1bC/fkle4Y9W8/zt+buzy/N3uIr9mn7O21/OowNgHEIbnsGk8csul03ZqWFjHIA6xx0d"
    "hbW7kvV4XL36DLL4lVlkPRzLC+1afpZUAJfmCv+8PE/B8Ut71P3UHp1cnr8iD0R48DuTYu"
    "CWtOwiAnUArf0/B7Re/WKg9TICbIOpenBwW2/eZEAX10qE1y4L4/sEZiuEHiVLV/PAzJDt"
    "hLY7TMsJ9kUmsC9SwL6Igj3XAYFDks0o1te4xFTWIGHFCFEycC9c0tdeoopDHX/gYgjVjT"
    "swUsCf9G7F8aR9e0cetzaMH6qNX3sikpKWnbthck8umX7yGxG+9iafBPJT+Hs4EG14kWEu"
    "dfuJQb3J3w3yTrJlIgmiJ0leUEutl+uh9ovsvw+P1GZBMmby/PFJ1hdSpAS1UFLdaNG6tW"
    "ZzZCgv7T4j4JLX9HiSlQwhUGPZFbconV2hKnF2hbMrnF3h7MpR2RVZVdFcJi8mkSebYLmJ"
    "h1uE1tqGvIdfUYZzEIE+oanD9UTjbtQbjnqTvxr5+sOnuxK81BR2+8Mx3qiuBDcxhePe4G"
    "NflMafene34mAifeiNSHlsdmOX/m1m6d5mcu824zr3STI0VYnhjzoIqUCG8dOIoWT6cIZJ"
    "99WJ3uK1h+mUAm9nOOyHuJ9Ob8LgfH/bEUcnDvy4kmICenMIQCeMBtIXQJc0pCrznadTXD"
    "sHnEuddvdmOLoWR3knk094JfjJKRyJn8Uuni3O/12mx/sMs+N94uR4z84N/BD5EUgGwJJA"
    "zOxI3mEihPWT1fay03BZLRn931ZWC4aHvdQZMduUS/fhZgRUm7uIGQSuCDYkbVSw/395I9"
    "7LDcYBpViSdbBClgEkVYGPL0TKFVa/em3WCbR9yv93OlpYtswekf+9otM0+V+jKnH5/2Dr"
    "657lf+PRysNBuNW59M+l/yPzZDNZz6u7okgKYXxrPX41XZnHoHsN5spaVuMB9mlYRtcheu"
    "0SV3BAp6B7LXZ7t+3+SfP8tMVI2B7w51GJwtJ1AJMk7ARZgqI5oDR9P77OKUfvOIbPMgzh"
    "s8QRfBa1ZirLlSktdXkdw3EmMg4s2XYWogIiciFMBJeHuTycXR4moh4oQiju43YqOBAyCc"
    "aGieaPeAX86Qpbu0M1Ji31SUN1wmqf8vDY0jQ1wX/PLztNk4gNuhYXiau1m3GTOBeKaycU"
    "q5j5kAjnJC3kTR6uN0q4E9+7E+RvS71OcK6Xc72ZuN7Ah+SFrFzbb6h6kuZROLnAFBTDyo"
    "XsRMm83FOoGmfmODPHmTnOzB3X6wRZ0NTzqYgDkjqinAXjZIRZfHWwdPfYrPAGFPVznGpm"
    "GsLNlCHcjJFHMBtjWnEr8AcVyUmyCEXE4PxAqKqHdJr1aHjf6YvC3Ujs9sa94SDM/9qFYZ"
    "vSSGz3WZQRXO4AM03Fcc6As6YrSFfMmBU5kU2jSQ4nUeOZWGp2jcvUXKbmMnWhliQ3Oo87"
    "WHLjWxVUNl0Lo79OODzDKztNDUela3F9zcF2pT3ra8BaVnKdPuAT1E5j07rIorLBtZJF3o"
    "vjKm1KtpHySCHOz5bAM4pHCh2Oz3DAimEyfBSTOQzkVymUvfhGn6QBnk2gQ1mVdPDQwF8S"
    "KlQWYK0hk/j8So9g0/jOcCbf8DIsm5b91tTy8Z1zLAflWOguzMO4MHQ1VNg3W++y6JRb75"
    "J1yqSMiX5mZkUOyGNI68fX7AV0HeAvNUzcJFwCXdPddSC74SSWvIZDvngza7DGR9HefhRD"
    "QH3Iw0zEwXVv8LGRD3GP7EpwE1M4HEifhv3rK8FNTKF/LoN4TR3SIOKSu/Zo0mv3+39J+M"
    "+wi9lCXCMmcwqpcir3rte9cZ7uJEiL3RunEfKffgI5MeUu3L6bNYV+mZ9zLfZ7X5w39pNT"
    "2G0PumK/T3L9JP2MkTi5Hw3CD/HyyKEUXqmXauwwWs+ymFTPkm2qZxGjqjPepBl4QDqQVk"
    "iNYTnyjFy2pRKv13z81mD8Vicw72BbWsFxeYY1M5Epxyj5UmNLaTIeXgpo8KPhpbsAzNHN"
    "iq6xUjRpB+8slq6Ga0XBLlo2Yvn9tBiyEvMMZXLWcoZnrH/LtjEd7+HCgU4BmqigZVXK65"
    "8cR1s/2PcglxDcSEhyMzfaPlX9cN6LDcwBbRfPzwgld0vM4JbooLaTD2iUlCOeAfFqWXkP"
    "amypl5GX7nRLW+zY6WFKbtovS697GFHdnuhXmct0GiY6nN936a2otJ7Ncd/LCWyYiiPrIh"
    "txRokM4Bi2AOlAWcIbsIno4VP9gisIcZLrCc7W5SffUYKZtxgB/N3A4wLGk1GvO2nEjuIi"
    "0KWaqiu84dmbgG8WPyrwE5BnR1DP7UclkoZqBHk4LoyfwLUVo+NEmFQGqr375jkTMMlBz5"
    "+eW7z0JOBX3Oar1xhCIACighfQgyBDwW7gX4awUvDqpG+uhKcVEshOgF8ap2XzFP8FEFcl"
    "PzevWTtlIQ3yMIRyOfU94s/Koyj06tfQpFO8LvZBR2vpZW5NTBMl1sxyr5AaeIWY6IXjNd"
    "QAH618tO5ztOpANuIM5hPwnMAWBBQlHptFaP8n4p+TkObRw/Hktv3nq5D2sT8cfPSqU7h3"
    "+8MOe1fdHPN5ebgFn6CG7AIPq+O691C93S0ujmiXS76hSbh2eLt22I9xe6H2sm5BiaeM6p"
    "IeVyG9Zbc97ravxTS15d51KLZ+LkmF4invtmlQVK8eP0uhSnP7NEWJccy7vY69bPKzLyvN"
    "8P2wZGjmO2qNJuFbf4zJHX+XKe1yrVeYkIcHAHpgR8MDyE4q7RKBESbkOG/BmYsHxa8R7i"
    "Wv+VANE3Fcudh1OLErZvAWgCt1IXJNkQ3P2dyuOPuUaSlPihihNuxnkSzVyuF6W90C7jGT"
    "YxALPoLAMeELZD8WDGTpc7AQiMVRkAX/ngjhBOn490JH2h/EjV7wbgN7FfUQKLDtKZzCyQ"
    "o49IpBauLmTgW3P19d+R4Iwko27AfaVTWcMb65z+hs8C0081zLlX08UXCVe7iMS/aHlOz5"
    "Nr0f9oeLncVjWsHza/AOKI6+iHnvPfbpiEHYSREjcV9sj508JxU1T+9iNm5eZglMZa03VF"
    "zqJTeycSMbl6L3suS57Fo+WBkqfvF4FFiW+8yILEvGoeUaiqNoKEK3DL4Q2Tz3M5Rs7GYF"
    "l523GSKy6Du5XwgwfQl4PfFldpxSaYEit5DE3RQRc1NJyo0RbnRfvqs+G19XynwV6GYMwQ"
    "D6TyDIgtvef4Kk8KSYKwEiRzVj11sIs40gq2pUKVRgu9tOmQ6+mD1CmqttDqm24cHk9WML"
    "64gtDyffdzh5qbjDquKbyh4e2TGTuhIshnEJXxiWzLJQV5RlY1a65HRJoBPDj7oRMJ3uRp"
    "4K5kpH1nJlcw/KHBiv7baFE9lEa2UujP/bF/6NOQ4VLJaYSEdPMXaswluPZVwoMy5nXMrB"
    "uGB0cD/n0hEGFIfbVqty66kOHB4+B540CQc0onCVH4C5kexFJ4/GlSHjwEZHqqPg0lDsjR"
    "8pw5Wh49AmQbuDzTmOlAPMAqyip6QVoYOQCmSY4IZL0zGwzjDhvnD1GIbDut52hsN+yFTZ"
    "6bEhr/e3HXF00mQcc2POdLPZw50MyCHKAgzI5VTIlt1e7GHCz8H8rdwEYro9ck4W9zjjqs"
    "sqYJuiuuTu4QW7h3Pd5e4AZzRtJysvaZ3iT7B++XmYtk7y1m2rRsjv9QzDMGhJml4a1W3K"
    "3jVdd6u+1w4FsJWqV4KrcrPPFfTURQIeZoKJKxnW2o5AwGkDCPjZpmxEFbwvby5LbEF4cQ"
    "nNhHxxBB1l+buodt+3Wmdnb1tvzi7fXZy/fXvx7o2/O0aL0rbJTu8j2SlDfCQPOODsX/2w"
    "TToGLVvgwQuPRDsQuJhV6Iq9uwmJLrATU9i+/nw/ntyKA5wZpKewO7wnWfY/EpZgByj4kQ"
    "p+oIIfp+CEKTgxCt5ZdxLhTIbdG+/EO+/3FE5G7cH4gzi6ErwUu7kcJ6jB3cUke4vKb78K"
    "6Lh+NcmKlRvbKCEHlwWXnym47yNmdPAAyLW9uc7xCRHV4azMvR+UhMwYgJNPIvXq1wHbNP"
    "XvPs4hrVYAH7+WrJD4PcpFLGe4WYSQSxHblciMR95LQ0xCfoAVQzpzlElkoJUq0KStKRP0"
    "COIPG/HKTlOPGtEUyfSr8fMzqzTVT1OUXuU/5LHRqC7/bc8YLGQbqzwYh6mKQfq4g3jPDL"
    "iGRRblOQ/EAUUNRcniNUw6UhNWiQxKRpe2zEA32te3vQHRJeJ/Uzi8G18J+M8Ufm2PxE/D"
    "e6Iy9JNT2L0fT4a3RBHopaZwfH931++RPC9Frt4YjewsN4FzPrUHA7GPc5xEORSIxhxpuX"
    "YBn6AOIiyzD1xkWZ5wreR94CKyQFVLauX+ZMWIreBZU3BrO/R6mJL7ipbHaTDayzr4ifm1"
    "XeZ2mJL3ctl6OaIiOY7wPrTMGXpOvkSUKj5NvQPDrpjjGtGXSPHfGpo1UxVj5YRzGeAH93"
    "spqd8L6Ztc8LsEhZww9dvgTysFNGWeTx/gEpRZhCqNMkBe4nV/ifFwcMqBc5SyhoAXfxVj"
    "AFvedZylrJNx5sCLiiZvVCTH4P95PBwk6MACEpb3VOam8D8Bb99V7IAULAkY6SZp1vrMsJ"
    "KkAdYkjeZzS9d3kgAY0hqK91WXAUJzjOZocwTbhugOGGzr51Qq2rYkUlcb6Mp81YgzmDol"
    "p6nm0qAOt5UeeOfdm630J9ANJcnbOh5aiqSGvGTr4iKTrvwiRVd+EWEn8aTKw7Q71WuIbj"
    "OTRbqZYpFuxtwyjaAJ4o45SeYTKRLOJ+bkE4+6mf36P3x5iUs="
)
