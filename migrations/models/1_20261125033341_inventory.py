"""Inventory and supply: stock levels, the stock ledger, allocations, channel warehouses,
supplier offers, purchase orders, drop-ship products.

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
        CREATE TABLE IF NOT EXISTS "purchase_order" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(20) NOT NULL /* DRAFT: DRAFT\nSENT: SENT\nCONFIRMED: CONFIRMED\nPARTIALLY_RECEIVED: PARTIALLY_RECEIVED\nRECEIVED: RECEIVED\nCANCELLED: CANCELLED */,
    "note" TEXT,
    "automatic" INT NOT NULL,
    "expected_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "supplier_id" INT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "warehouse_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_purchase_or_created_108502" ON "purchase_order" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_purchase_or_supplie_e27320" ON "purchase_order" ("supplier_id", "status");
CREATE INDEX IF NOT EXISTS "idx_purchase_or_warehou_499120" ON "purchase_order" ("warehouse_id", "status");
        CREATE TABLE IF NOT EXISTS "purchase_order_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "quantity" INT NOT NULL,
    "received_quantity" INT NOT NULL,
    "unit_cost" VARCHAR(40),
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT,
    "purchase_order_id" INT NOT NULL REFERENCES "purchase_order" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_purchase_or_purchas_0f5766" UNIQUE ("purchase_order_id", "product_id")
);
        CREATE TABLE IF NOT EXISTS "stock_level" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "on_hand" INT NOT NULL,
    "reserved" INT NOT NULL,
    "safety_stock" INT NOT NULL,
    "reorder_point" INT NOT NULL,
    "reorder_quantity" INT NOT NULL,
    "low_stock" INT NOT NULL,
    "counted_at" TIMESTAMP,
    "auto_reorder" INT NOT NULL,
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
        CREATE TABLE IF NOT EXISTS "supplier_product" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "cost" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "lead_time_days" INT,
    "minimum_order_quantity" INT NOT NULL,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    "supplier_id" INT NOT NULL REFERENCES "supplier" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_supplier_pr_supplie_cfa032" UNIQUE ("supplier_id", "product_id")
) /* A supplier's offer for a product: cost, lead time, minimum order quantity. */;
        ALTER TABLE "channel" ADD "respect_safety_stock" INT NOT NULL DEFAULT 0;
        ALTER TABLE "product" ADD "dropship_supplier_id" INT REFERENCES "supplier" ("id") ON DELETE RESTRICT;
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
        CREATE TABLE IF NOT EXISTS "purchase_order" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(20) NOT NULL,
    "note" TEXT,
    "automatic" BOOL NOT NULL,
    "expected_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "supplier_id" INT NOT NULL REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "warehouse_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_purchase_or_created_108502" ON "purchase_order" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_purchase_or_supplie_e27320" ON "purchase_order" ("supplier_id", "status");
CREATE INDEX IF NOT EXISTS "idx_purchase_or_warehou_499120" ON "purchase_order" ("warehouse_id", "status");
COMMENT ON COLUMN "purchase_order"."status" IS 'DRAFT: DRAFT\nSENT: SENT\nCONFIRMED: CONFIRMED\nPARTIALLY_RECEIVED: PARTIALLY_RECEIVED\nRECEIVED: RECEIVED\nCANCELLED: CANCELLED';
        CREATE TABLE IF NOT EXISTS "purchase_order_line" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "quantity" INT NOT NULL,
    "received_quantity" INT NOT NULL,
    "unit_cost" DECIMAL(14,2),
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT,
    "purchase_order_id" INT NOT NULL REFERENCES "purchase_order" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_purchase_or_purchas_0f5766" UNIQUE ("purchase_order_id", "product_id")
);
        CREATE TABLE IF NOT EXISTS "stock_level" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "on_hand" INT NOT NULL,
    "reserved" INT NOT NULL,
    "safety_stock" INT NOT NULL,
    "reorder_point" INT NOT NULL,
    "reorder_quantity" INT NOT NULL,
    "low_stock" BOOL NOT NULL,
    "counted_at" TIMESTAMPTZ,
    "auto_reorder" BOOL NOT NULL,
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
        CREATE TABLE IF NOT EXISTS "supplier_product" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "cost" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "lead_time_days" INT,
    "minimum_order_quantity" INT NOT NULL,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    "supplier_id" INT NOT NULL REFERENCES "supplier" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_supplier_pr_supplie_cfa032" UNIQUE ("supplier_id", "product_id")
);
COMMENT ON TABLE "supplier_product" IS 'A supplier''s offer for a product: cost, lead time, minimum order quantity.';
        ALTER TABLE "channel" ADD "respect_safety_stock" BOOL NOT NULL DEFAULT False;
        ALTER TABLE "product" ADD "dropship_supplier_id" INT;
        ALTER TABLE "product" ADD CONSTRAINT "fk_product_supplier_9dbf7d3a" FOREIGN KEY ("dropship_supplier_id") REFERENCES "supplier" ("id") ON DELETE RESTRICT;
ALTER TABLE "stock_level" ADD CONSTRAINT "stock_level_counts_valid" CHECK ("on_hand" >= 0 AND "reserved" >= 0 AND "reserved" <= "on_hand");
ALTER TABLE "allocation" ADD CONSTRAINT "allocation_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "purchase_order_line" ADD CONSTRAINT "purchase_order_line_quantities_valid" CHECK ("quantity" > 0 AND "received_quantity" >= 0);
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXW1zosgW/iuUX26mrjs1mmRecj8ZQ2bcGM1VM7O74xZFsFUqSDOASay9899vN+80DQ"
    "IiAaa/JNj0afGhX855zjnd/7Q2cAEU421f1HUZ6K0L7p+WKm4AuiBvtbmWqGn+DVxgig+K"
    "VVcKVHowTF2UTFS8FBUDoKIFMCRd1kwZqqhU3SoKLoQSqiirK79oq8o/tkAw4QqYa+tpvv"
    "+NimV1AV6A4X7UHoWlDJRF6GHlBf5uq1wwd5pVNlDNa6si/rYHQYLKdqP6lbWduYaqV1tW"
    "TVy6AirQRRPg5k19ix8fP53zQ91fZD+pX8V+xIDMAizFrWIGfu6D4Je1BGE0nglTfiYIrQ"
    "wASVDF4KJHNaxfv8KP8Fu3c/bh7OPp+7OPqIr1mF7Jh5/2V/vA2IIWPKNZ66d1XzRFu4aF"
    "sQ+qhF50FNb+WtTpuLr1CWTRI5PIujhWF9qN+CIoQF2Za/Tx/VkCjl97k/6X3uTk/dkb/I"
    "UQdX57UIycO13rFobah9b6nwFat34x0LoFPrb+UC0d3O67dynQRbVi4bXuhfF9Bg9rCB+F"
    "ra5kgZkQy4W2002rCfZ5KrDPE8A+j4It6QDDIYhmFOsrdMeUNyBmxghJEnAvHNG37kUduz"
    "r6gYuxquycjpEA/mxwy09nvds7/HUbw/ihWPj1Zjy+07VKd0TpyXviPXmNcN8Gsy8c/sj9"
    "NR7xFrzQMFe69Y1+vdlfLfxM4taEggqfBXERmGrdUhe1n3j9XT4GFgtc8CBKj8+ivhAid2"
    "AXxtWN3tp0N2SJqIor651hcPFjujrJWlRVoFDVFedWsroSqMTUFaauMHWFqSuvqq6IigIl"
    "ET+YgL/ZBKsdHW5e3W4syAfoEUVVAhHoY5oq70207iaD8WQw+7OV7X14checezVX+8PxFC"
    "1UF5xzMVeng9HnIS9MvwzubvnRTLgeTPB9anErz/vtpHm9nfi326G93GfB0BSZoh9dQqgA"
    "UaUPI0KSeIcPSPRYL9GdvI4wnBLgvRyPhyHt53IwI3C+v73kJyc2/KiSbILg4uCDjhUNqC"
    "+ALmhQkaXcw4nWTolj6bLXvxlPrvhJ1sHkCV5w3uVcnfC/8300Wuz/eYbHpxSj41Ps4PhE"
    "jg30JeIjEAyALAHK6IhfYSKCzbPVjrLSIP1fA5IpGOISmDu0REDpMeOsFNdEidOTV1Lb+Y"
    "nZzPGj4Je1mf3uYS05BmVgOnLXNxOgWFoepRM4pvAYt1HD9//T7fFuqd8PAgSfqIM13BpA"
    "UGT18UCkHNLgm9tmk0A7Jg9zp8PF1uJOIjyMe6udxMNogUqMhyltfj0yD2M8brNock51xs"
    "IwFuaVdeMHUc/KIQZECjFAGt1/NV2WKOheAUneiAodYE+GVHRtobeOcA07dAK6V3x/cNsb"
    "nnTO2l3CknCBP4t64ba6DtQ4piPGlgjIlMhq3E+vMvIZOfvwaYoufBrbg0+jXmV5tTaFlS"
    "5uKBpnrOJAiu1XIWpAVRSiRDB7+Nezh4NvfaFDzVjLmmBsNU2RgS5k0sjjxNkAswdYhHpI"
    "QD4K+zXU0cSl3oBdhCKnm9HTQFP1AjvOekbFuvjsGY6xHQ5hgRAA9hI9QaNiMuijF5Ca6c"
    "EkBiiC7hmidmo4xaWifLStLq1FAwiFQXbntNh46CyOHqlFTw4Dkx+yKW5piBtqKlZwuTyY"
    "enVnwgAL1hSojsknegsIhVAMLi7xjGJwNWOUYq2UlXYCpchCuxipWFNSUUHGm4AtT2Eh7r"
    "KwBlHBXGZNLsg/VHqeYKzBr8ca5PKie+aa42g81FxIrc3VxLyNiUE9EKae11BDkQobokXa"
    "oDWcZ5hNVW2byg9qoRhVoYiXeKvqOVSNmVWlreHMrGJmVQ0nuhLMKgluVVPP5uz2RZqIch"
    "qM4xGOxomvnNU4Lby+RPNC8TupunAnoQt3KMwAUnjMLW0GvlagGMcKBIQInJdYqn5IJ8XB"
    "jO8vhzx3N+H7g+lgPApbotZNXORHx0z43pBEGaqrHDAHpRjOKXDWdBnqskmZkWPVtKBIed"
    "wWGomVVtcYu8XYrVTsFiNs0tIPzn4PLFWEcVwsxqKJJFd/i9DfxGxg595rJ24JE6zFGK7S"
    "1vEjM1xgI8qZdgDzBBrHcXXP05BcqFY8SXD+ujRXxVSPMlguZgEwC4BliVdGz7DBoigZHo"
    "rxGgb0qhSqXnwP7mYHXkygq6Ii6GDZQr8kdFNegI0GTZzvJTyCXetvQjP5jqZh0dxaTx2Y"
    "Pv5mGkupGkvwFWZRXAi5Bro4Ot2PaVj47sd4Fh7fI3YgIkZFBsgpos3Ta44Cug7QLzVM1K"
    "S6ArqmO/NAelcTVbyBXb54x7Q/x0fR3r8dmi9d5oaC/OhqMPrcyoa4K3bBORdzdTwSvoyH"
    "VxecczFXvb3R+KvARmk8unPXm8wGveHwTwH9GfeRWohqUArnauB+oPRu0L+xv92+wC32b+"
    "xG8P/gN+BdC+/C7TtFc9W755Vc8cPBV/uJvcu52u+N+vxwiEu9y+B3TPjZ/WQU/hK3DG8M"
    "5951r1o5eutpGif0abwX+jTihrb7m/AAllAHwhoqFJUjS88lW6rwfM36bwP6b302ZShtSS"
    "t4TwZj+2BCU6SQfIn7igTF2NYiIAh+dGuRPAAzdNOia2Uo5IhnI+UaOFcUHNRmIZY9so0Q"
    "q7DOUKXwNrt7UiOC9vVpekwQAzoBaExBi4qQNaKbJts82I9gl2Dc8A4Uncxoe1LNw/koPj"
    "AbtDyxshFJFsiZIpDTRi1X1GxUlCGeAvF6eXlLdbY0y8kbfOlbbZHzpYclmWu/Km/dxSjw"
    "2mMjUTO5TsNC5UXKV96LGuTZ7PC9jMCGpRiy+/cNDMQTEGpB1t0CAyf11QziuNCTNrFbYH"
    "jcxuwRSOvFRaAbaKqp8IZH7wF7MIInoB66OYgVAcTjhhoEeTiTju1RWdFNVGoD1dFj8+wB"
    "GBeg5w3PPVF6AvAq7ovVa41VwAFMwXNwyYkqZzXwL4Nby2h20ncX3PMacnglQA+NrkWzjf"
    "4CFVXFH3dvST9lIQ2yNIRqBfU9op+VhSh06zfQpVM8F7vU4UY4LKyJaKLCzCyLCmlAVIgJ"
    "D+yvoQZYb2W99Zi9VQeiQXOYz8BLjFrgS1S4bxbB/s/4P2Yh5tHF8eS298ebEPs4HI8+u9"
    "UDuPeH40vyvGgJ6XlZtAVPoIHqAkurY9x7qF5+j4tt2mWyb4IijB3ezw57OW4HspdNS0ps"
    "E9RlsF+FeMt+b9rvXfFJtOXRORSLn4ujUFzybh+Dorj12F4KdRrb7QQS4zXPdX3taZPtFl"
    "prhe/HVlTNbJvTBUXY0k9xuaPfZQp5jnQNC7L0ABDs2NH0ALySCnkyMMKCDOc9ODPzoPg5"
    "wjl3IxuqYSGGKzO7yjO7KJ23AFybd2QFiWx4zGYOxTmmTRuIpKAYteE4i3irVgzX2xsWcI"
    "+UHAN78KEKbBc+h9djzoBbXQILDnscOZHzTtbgTqCOPuMTi37DYfSce5Lhm2iEQIFtz9W5"
    "OlsDW142cE3UXJtz3uebCy8CgVuLhvWFVlUNFUxv7lMGG3wPjTzHc2VtT+Q9I3GPWfZlWv"
    "ZsmT6O+sPMzuIxreH+NWgF5CdfHXduBue5K4cdwvYVdhIP+d7ULrOvou7pPG7jzvs0iamk"
    "9yaQl/qeOdmYk41Z0UeZ8hx1LRushFQuZCsWiVE0sKT2mRJZUoxByxiKV2EoQucyHohslh"
    "MtKtZ304JLjtsUGVnuJFoAwNNAU83El1hxKsUCRc5toZ0UQTnbJeHECCe7L9vhqK1va1la"
    "+9yMwRlAfwKcyDnt/ce/5J5lc82p0KZmrHoL7mHHiYoSJYUKbHffLtP+Lya3kGa0TZm0DU"
    "smb55a2ERsWTr5sdPJK6Ud1hXfRPXwlQMzwyeoUXSXyBFr8YpL+Gi3VFrLIUGa30m9kPl/"
    "qqZI1JBTv5r0rmdZCXVL6IKz/s3VKT9CH/Dfudofj64Hk1src8u9DGdu9fnBVzJzyy7DpL"
    "x71y+j5YLlIea76cIhE6IhI8Gm0KQsCfHZXG59lsuVI5dra8KNaMpSFPBLCBUgqjEpXUE5"
    "AvgHJHisceWVlIv95Xg8DGF/OSDBvb+95CcnHSKcL6q8gxcNSPn8ToRoAY6nGvX+CvmZXE"
    "wSHU31ci+yTRPZponsracb69GTlV/N/1m5l8yYrkpjm8B0vY4nqWogF+tKYmxXfoRTOkPj"
    "6a5CNwYM0VdN2yCwNGIwLnObim5agvBIqdzfKTykm3HB3IqvyQayqOXiFS0dSEB+QvZHDn"
    "CpsuWh/K4mEFtpxRKyPCim4d50ZFfu4CzZ+jA+uZJkWabIkRJlw0tuNnhpsgzl/SZZVAE5"
    "0G6IOGFrhnfqbE9aj2MJtYVCXN2E2qkJpccheAJKi2JrBO62k4wMA9cTFK/i3sDJPj7pEu"
    "g4CVXZcUhOd3bB5sy1DrertRXJKEvAeGu1zZ2IJtzIEjf975D7NydyCliskJAOnyk5tYW3"
    "Tjd5/H7LgiirYe0gdNB7zpSv5EswLTxq6NjxxJnsG1+EARpJ/hKXwNwJ1qSTxftBiDFgoz"
    "3V1l406ICRursScgzaOGhzkR1RUQYwCbACn+NmhMSwopBciWFFrsJQ26gi65j1fNEmIUkW"
    "U1SdOINoeIl105mBMo4sUpTF7GUYXSysJ37laG5YD+OSWVBPHbBNYpAZo1kso8kievIDXG"
    "BEzwY+gc3hZ6JaXPCt01aDkD9qRE8YtDiGPYjqPpJ9E6y7l2e3toO0yOwLzqE6rbMlXZqO"
    "Q92MM1ElY7uxdqFE1wbg0HebohEl1g9vLk2KYXhyCY2EbLmEl/LqV6HUP3W7p6cfuu9O33"
    "88P/vw4fzjO291jN5KWiYvB5/xShnSI9mmk0z9ax62cUfhpUuUPfBYvJLAbVk5rHczJ5n1"
    "bjZXe1e/309nt1a+rH+Ns2bvcZH1D2fBWptUertVeptVentV2ltV2vtUuucdClgzGfdv3F"
    "MP3c9zdTbpjabX/OSCc6/IxSXmpR95Y0tnFROsJSq739CXY7x2nPcwM7ZRQQYuCS47V/LY"
    "xwzpYAl0oNJOxIlHOSTUhBz7ox+WxfYvoNK/x9i/gGVZN4yYT5NlHQjNy5hyGxFkVkSKzN"
    "BwJOShyaGh+MuaIZ06PTTS0aoVIetkr7qkPo3EI6q0E2k8Nxs24G/YT+T1vHNe/oWJNaRl"
    "cEvrIBinlQsOZ720OQVNZByehNvcRlblzXbjnPjixuBESb1im6aGygbzpVleYHn2QsJ2o9"
    "lzqwpLq6roRFVYXpW01bENQImUizccgjIl7rx2P816kElOy+E0heFwGms3nEbO0URzkYDn"
    "ImEh7iiOrdj5ISrINvyPsgvO/C7kjvyMb6A8JbJTE7CZ76RpJ600EVm2G04Ju+GwTMvjxS"
    "W98qbPPU2ewUegtij2o3evnXhqqSYjs8qtdsxdnpkpVqYpZv3PYCq49Us0E8qxEY7ixrFG"
    "jLAWjXUWjMNSxSD9up34yH4cTQdL+SULxL5EAz2SxQcq6FCJmSVSxKo4slUGutW7uh2McE"
    "gK+jdXx3fTCw79mavfehP+y/geR554l3O1fz+djW9xPIl7NVen93d3wwEuc6/wzu2TiVXk"
    "XKCSL73RiB+iEvuC5ENf5/UaEtQyrQKeQBM8ocQ6cJ5mekK14teB88gEVS/nJ0tLuijE+w"
    "leNBm1lm//+IAkS/WsTu5Z9C3r4Anpa3nGdliSveWqveUI6/Q6xvt4az7AF/4pJokjeLud"
    "ZMJDq6IAntImcBxixeNNWR8U2Vjbu7EY4AdLn6ho+gR+N5ngdwQK8V39MvgHSQGNdopPEh"
    "+gUY/vqZQJVRkyQFyheX+F8LBxyoBzVLKBgJ920zjDu/He8G484FnncVKySf6ukicVTdwp"
    "UKTg//t0PIrhwHwRUveUJZP7H4eW7zq+gAQsMRghjTMS2UwGMROqJG6AjGyGkhU/k8cCIE"
    "QbaN7X3QYIb60c0GiJWS5pR5+QHNvOZ892PhWxunpAl6V1i+Ywte+0E92lfh3mKy155T2a"
    "r/QJ6IYcl7RLhzYg0kBdsnt+noorP0/gys8j6iQaVFmUdrt6A9HtpPJIdxI80p2oRxp9ow"
    "lou5TG64kBEaYnZtQTX3Ux+/l/KtHyYA=="
)
