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
    "line_id" INT NOT NULL REFERENCES "order_line" ("id") ON DELETE CASCADE,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "supplier_id" INT REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "warehouse_id" INT REFERENCES "warehouse" ("id") ON DELETE RESTRICT,
    CONSTRAINT "allocation_quantity_positive" CHECK ("quantity" > 0)
) /* A quantity of one order line sourced from a warehouse (or a drop-ship supplier). */;
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
    "line_id" INT NOT NULL REFERENCES "order_line" ("id") ON DELETE CASCADE,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "supplier_id" INT REFERENCES "supplier" ("id") ON DELETE RESTRICT,
    "warehouse_id" INT REFERENCES "warehouse" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_allocation_order_i_d9a193" ON "allocation" ("order_id", "status");
CREATE INDEX IF NOT EXISTS "idx_allocation_warehou_a5d4e4" ON "allocation" ("warehouse_id", "status");
COMMENT ON COLUMN "allocation"."status" IS 'RESERVED: RESERVED\nRELEASED: RELEASED\nSHIPPED: SHIPPED';
COMMENT ON TABLE "allocation" IS 'A quantity of one order line sourced from a warehouse (or a drop-ship supplier).';
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
    "eJztXWtz2rga/isevpzsnGynkJC2OZ+AuC0twTlAtrtbOh5jFPDEWK4vTZg9/e9H8lWWL9"
    "jEgO3qSyIkvbL96PZepX9aG7gEqvlqIBmGAozWNfdPS5M2ACXoonOuJel6WIAzLGmhOnVl"
    "otLCtAxJtlD2g6SaAGUtgSkbim4pUEO5mq2qOBPKqKKircIsW1O+20C04ApYa+dtvn5D2Y"
    "q2BM/A9H/qj+KDAtRl5GWVJX62ky9aW93JG2rWe6ciftpClKFqb7Swsr611lALaiuahXNX"
    "QAOGZAHcvGXY+PXx23kf6n+R+6ZhFfcVCZoleJBs1SI+dyGGeS1RHAszccrPRLFVACAZah"
    "hc9Kqm8/Ur/Aq/d9qXby7fXlxdvkVVnNcMct78dB8dAuMSOvCMZ62fTrlkSW4NB+MQVBl1"
    "dBzWwVoyknH161PIolemkfVxrC60G+lZVIG2stbo59VlBo5/9CaDj73J2dXlb/iBEA1+d1"
    "KMvZKOU4ShDqF1/heA1q9fDrR+RohtOFWPDm7n9esc6KJaqfA6ZVF8n8BiDeGjaBtqEZgp"
    "sr3Q9oZpNcHu5gK7mwF2Nw62bAAMhyhZcaxvUImlbEDKihGhpOBeeqSv/EQdhzr6wKWgqV"
    "tvYGSAPxve8tNZ7/YOP25jmt9VB7/ejMclHSd3S+WeXVH9FDTCfRnOPnL4J/e3MOYdeKFp"
    "rQzniWG92d8t/E6SbUFRg0+itCSWWj/XR+0n3n8fHonNAmcsJPnxSTKWYqwEdmBa3XjRpr"
    "OhcyRNWjl9hsHFr+nzJGtJ04CayK54RdnsClGJsSuMXWHsCmNXTsquSKoKZQm/mIifbIHV"
    "NhluXrM3DuRD9IqSJoMY9ClNHa8nWneToTAZzv5qFeuPgO6a81NzbTASpmijuua8xFybDs"
    "cfRrw4/Ti8u+XHM/H9cILLE7Nb+/RvO0/3ttN7t53UuU+iqatKAn/Uh1AFkpY8jShKqg8X"
    "iPRQnegvXgeYThnw9gVhFOF++sMZhfP9bZ+fnLnwo0qKBcjNIQQdMxrQWAJD1KGqyHtPp6"
    "R2jjiX+r3BZ2Fyw0+KTqaA8JoLknNtwn/iB2i2uP/3mR7vcsyOd6mT4x09N9BDpEcgmgBJ"
    "AgmzI32HiRE2T1Y7yE7DZLV09H9ZWS0cHs5SZyZsUx7d+88ToDrcRcIg8EQwAbdRw/7/6Y"
    "94PzccB4RiSTLAGtomEFVFe3whUp6w+sVvs0mgHVL+vzPg0nZk9pj87xedZ8n/OlGJyf9H"
    "W18PLP+bj3YRDsKrzqR/Jv2fmCdbSEZR3RVBUgrj2+jxqxuKnIDuDZCVjaQmAxzQ0IyuS/"
    "TKI67hgM5A94YfDG97o7P25XmHkrB94C/jEoVtGEBLk7BTZAmC5ojS9P30pqAcvecYvsgx"
    "hC9SR/BF3JqprNaWuDKkTQLHmco40GS7WYgaiMilMBFMHmbycH55GIt6oAyheITaqeFAyC"
    "UYmxaUH9EK+MMTtvaHaopbGuGGmoTVIeXhqa3raor/XlB2niURm2QtJhLXazdjJnEmFDdO"
    "KFYR8yFizklcStsiXG+ccC++dy/I31R6nWBcL+N6c3G9oQ/JC1m5XtBQ/STNk3ByoSkogZ"
    "WL2InSebmnSDXGzDFmjjFzjJk7rdcJtDXLKKYiDkmaiHIejNMRpvE1wMrbY/PCG1I0z3Gq"
    "nWsItzOGcDtBHkFsjGUnrcDvVSilySIEEYXzA6aqH9JZ1iPhvj/iubsJPxhOh8I4yv86hV"
    "Gb0oTvjWiUobbaA2aSiuGcA2fdUKChWAkrciqbRpIcT6JGM7HS7BqTqZlMzWTqUi1JXnQe"
    "c7Bkxrc6qGwGNkJ/k3J4hl92nhmOStZi+pqj7UoH1teAjaQUOn0gIGicxqbTzaOyQbXSRd"
    "7uaZU2FdtIWaQQ42cr4BnFIoWOx2e4YCUwGQGK6RwGDKqUyl58JU/SAM8WMDRJFQ3w0EJf"
    "EilUlmCjQwv7/IqPYNv6RnEmX9EyLFm289bE8vGNcSxH5VjILizCuFB0DVTYtztv8+iUO2"
    "/Tdcq4jIp+pmZFAcgTSJvH1xwEdAOgLzUt1KS2AoZueOtAfsNJInkDh3z5ZtZwjY+jvfso"
    "hpD6mIeZ8OOb4fhDqxjiPtk15yXmmjAWPwqjm2vOS8y14FwG/oY4pIFHJXe9yWzYG43+Et"
    "EfYYDYQlQjIXOuEeVE7t1w8Nl9upvALQ4+u43g/+QT8Ikpd9H2vay5FpQFOTf8aPiH+8ZB"
    "cq4NeuMBPxrh3CBJPmPCz+4n4+hD/Dx8KIVf6qdae4zWizwm1Yt0m+pFzKjqjjdxAR6gAc"
    "Q1VBNYjiIjl26pwus1G78NGL/1Ccw72pZWclyeaS8saEkJSr7M2FKSjIWXAhL8eHjpPgAz"
    "dPOia64VXdzDO4uma+BaUbKLloNYcT8tiqzCPEOVnLXc4Zno37JrTCd7uDCgM4DGKmhJFY"
    "v6JyfRNg/2A8glGDccktwujHZA1TycD2IDc0Hbx/MzRsncEnO4Jbqo7eUDGidliOdAvF5W"
    "3qMaW5pl5CU73daXe3Z6lJKZ9qvS6z5GRLen+lUWMp1GiY7n9115KyqpZ3Pd9woCG6ViyH"
    "rIxpxRYgM4gS2ABlBW2mewjenhM/2CawhxmusJyjakp8BRgpq3CAH03cDnAqazyXAwayWO"
    "4jLQJZpqKrzR2ZuCbx4/KvAD4GfHUC/sR8XjhhoEeTQujJ3AtROj00SY1Aaqg/vmuRMwzU"
    "EvmJ47vPREEFTc5avXEjTAAayC5+ADJ2mc08C/TG6toNXJ2F5zT2vI4Z0AvTRKS9Y5+gs0"
    "VBX/3L6i7ZSlNMjCEKrl1PeIPquIotCv30CTTvm62AcDbsSXuTVRTVRYM8u8QhrgFWLBF4"
    "7XSANstLLResjRagDJTDKYz8BzClsQUlR4bJah/Z/xf84imkcfx7Pb3p+/RbSPI2H8wa9O"
    "4D4YCX36rjoZ8XlFuIWAoIHsAgurY7r3SL39LS6uaFdIviFJmHZ4t3Y4iHF7ofayaUGJ55"
    "TqkhxXEb3loDcd9G74LLXlwXUojn4uTYXiK+92aVBUvx47S6FOc/s8Q4lxyru9Tr1ssrMv"
    "a83wfbclzSp21BpJwrb+BJM7+i5L3OdaryghCw8A5MCOhwfgnVTcJwIjSshw3oEzEw/KXy"
    "O8S16LoRolYrgyset4YlfC4C0BV+JC5IYiG52zL3DFYQ4UWbAf1IGCQCxB+o/imS7+S9F6"
    "O/0nepzPaWN/B6gB1+GBw9wLZ0LbkMGSw/ZZTuKCWzW4M2ig30sD6r/joAPOvzvtt7g/xS"
    "EesFs18TWy2HjGOudEpvD2+mgZU2YcU5nBOJPDcHxM0i4f0xoe2YM2fX7yB1/0queADtvA"
    "3RS2i4/43tTNc1Nxi/w+lvL2VZ5YXNpgRYTiXjG7IrMrenqWQvsIQcEWvIQFj6liDrCJeA"
    "xsMVgpKnZ7fRxYmp/PiSxNxqBlaq6TqLl8S30ZoDYstIcGlti3d+MauQL0heAWuTylYmtC"
    "Xmzp9TBHuKS/OZUA8JRoqpn4Ujt5YRXtITWPsSuCkq5xSbhGKOM6Fy/0ttg9vK0va0Veh1"
    "pAkzOB8QNwEue1958wyT0p1prTsD5R8eotucWWk1Q1roMssd1dR8CHX0yf784UjMdUMLKT"
    "HprHbjcRW3bWw6HPeqgUd1hXfDPZwxN7TRP39SUwLtHb/NJZFuL+wHzMygAf/QoMk4Oauu"
    "UQneGFhXPW2oD2au1wD4oMzFdO29yZZMGNInPT/464fyOOQwXLFSIy4FOC2bT01hMZF8LH"
    "gjEu1WBcEDqonwvpXkOK422rdbmS2AAuD18AT5KEARpTZEsPwNqKzqJTRJNNkTFg4yPVVR"
    "zqMPE6nozhStExaNOg3cM7IomUAUwDrMKntBWhD6EKJC3FEkvSUbAuEOGhcPUZhuP6xfcF"
    "YRQxqveHdDz6/W2fn5y1Ka/5hAMXHfZwL1eHCGUJrg7VVMhW3bPBx4QdUvtLObQkdHvsED"
    "vmG8lUl3XANkN1yWI3So7dYLrL/QHOadrOEx6zgT/A5uWH1To6yVuvrQYhf9D4mChoaZpe"
    "EtVdyt4NWXenvne2Bp5S9ZrzVG7OoZ++uohDw4yzUCXT3pg41gWlTcChZ1uSGVfwvry5PF"
    "Ew0cUlMhOKRbz0ldWvotp91+lcXLzpvL64etu9fPOm+/Z1sDvGi7K2yf7wA94pI3wkC41h"
    "7F/zsE07ozBfiMwLzys8EriIVRjww7sZjoNxEnOtd/Ppfjq75ccoM0zPtYFwj7OcfziAxg"
    "mlCWJqgpCaIKLGDahxo2n8gyhFzJkIg8/+cZT+77k2m/TG0/f85JrzU/TmcprwG28XE50t"
    "qrj9KqRj+tU0K1ZhbOOEDFwaXHbg56HPfzLAA8B3ahc6ZCtC1ISDbA9+ihm0EgBOPybYr9"
    "8EbLPUv4c4JLheoabszsBSIk0JF7GCYXwxQiZF7FYiUx55Lw0xifgB1gzp3FEmsYFWqUCT"
    "nq7M4CNIPuDGLzvPPN5GV0QrqMYOt63TVD/PUHpV/wTWVqu+/LczY5CQba6LYBylKgfp0w"
    "7iAzPgOhJZlOciEIcUDRQly9cwGVBNWSVyKBk92ioD3erd3A7HWJeI/s014W56zaE/c+1L"
    "b8J/FO6xyjBIzrXB/XQm3GJFoJ+aa9P7u7vREOf5KXwvzmTiZHkJlPOxNx7zI5TjJqqhQD"
    "RlqBfaBQKCJoiw1D7QzbM8oVrp+0A3tkDVS2pl/mTliK3gWVdQa3v0epSS+YpWx2kw3ssG"
    "+IH4tX3mdpSS9XLVejmmIjmN8C7Y1gI+p9/wSxSfZ15Q41QscMfvS6T4ry3dXqiKuXbDuU"
    "zwnfm9VNTvBfdNIfg9glJO7vpl8CeVAroiF9MHeARVFqEqowyQVmjdXyE8XJwK4BynbCDg"
    "5d+TGsJWdB2nKZtknDnyoqJLWxVKCfh/mgrjFB1YSELznopscf/j0PZdxw7IwBKDkW2Spq"
    "3PFCuJG6BN0lCWbcPYSwKgSBso3tddBojMMZKjLRBsG6E7YrBtkFOraNuKSF09YCjyupVk"
    "MHVLzjPNpWEdZis98s57MFvpD2CYSpq3dTK0BEkDeclOt5tLV97N0JV3Y+wkmlRFmHa3eg"
    "PRbeeySLczLNLthCvgoWaBpGNO0vlEgoTxiQX5xJNuZj//DxPBtq0="
)
