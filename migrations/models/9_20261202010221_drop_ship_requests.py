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
    "eJztXVt32ki2/iu1eGlnHSYrtuNcmCeMlYQOBgZwuntCL40syqBjIdGSsOM1p//7qdL9Uh"
    "KSkISk7BdbVNUuwVe3fa//drbqCsv664GgaRLWOj30344ibDF5CFd1UUfY7bwKWmAI97LZ"
    "VvQ1utcNTRANUvwgyDomRSusi5q0MyRVIaXKXpZpoSqShpKy9or2ivTXHvOGusbGxvw23/"
    "8kxZKywj+w7nzcPfIPEpZXgS8rrei7zXLeeNmZZUPF+GQ2pG+750VV3m8Vr/Huxdioitta"
    "UgxausYK1gQD0+4NbU+/Pv129g91fpH1Tb0m1lf00azwg7CXDd/Pvee9sg7PjycLfs4teL"
    "6TASBRVSi45Kvq5q9f06/wj4vzt+/ffrh89/YDaWJ+Tbfk/d/Wqz1gLEITnvGi87dZLxiC"
    "1cLE2ANVJAMdhXWwETQ2rk77ELLkK4eRdXCsL7Rb4QcvY2VtbMjHd28TcPzWnw2+9Gdn79"
    "6+oi9UyeS3FsXYrrkwqyjUHrTm/wzQOu2LgdYp8LD1lmrl4F68eZMCXdIqFl6zLojvM77f"
    "qOojv9fkLDCHyHKhbU/TeoJ9lQrsqwSwr6JgixqmcPCCEcX6htQY0hbH7BgByhDcK5v0tf"
    "PQxKlOfuBqosgv9sRIAH8xvOXmi/7tlL5uq+t/ySZ+/QVHay7M0pdQ6dm70Di5naDfhosv"
    "iH5E/56MORNeVTfWmvlGr93i3x36nYS9ofKK+swLK99W65Q6qP1Nz9+HR99hQQvuBfHxWd"
    "BWfKDGmx76RtptMQUkMjuubdJPX2dYFkxwo/PAZkTmdjfNW4J/O9PeKXUmA0VPvVDj8IxW"
    "bS+24RJBEdbmT6Lvpm9y+LaNoChYZrJ0dlUyS+drBCwdsHTA0gFLd1KWTpBlVTTPCJ6+2c"
    "DrFzbcnLLfmpAPyVcUFBFHoI/pqrqR6Exnw8lsuPijk208XLoecp6WymA0mZPDvIfsh6Uy"
    "H44/jzh+/mU4veXGC/7TcEbrmcWdPON7nmZ4z+NH95w1uM+8vpMlBg95raoyFhT2MgpRhs"
    "bwnpCWNYjO5lUex8CC93oyGQU4xOvhIoTz3e01Nzuz4CeNJAP7DwcPdMpoqNoKa/xOlSUx"
    "93Ji9VPhWrruD75OZjfcLOticgl7yH1cKjPuV25AVov1P8/y+JhidXyMXRwfw2uDvER4xL"
    "yOibTEWB3xJ0yEsH3ybCknDZGRdlg0eF14wMYLOSJU8THjrhTXRYXbk1vS2P0J9ArxqwD0"
    "Ch3zyDlSqTChfTRw/GNVCgElqKDhjbrXMS9LyuORSNlKg9+cPtsEWpl6mKmmrvam7iSih3"
    "Gqukl6mJ2vEehhKttfS9bD6I/7LJyc3Ry0MKCFOTFvfC9oWXWIPpJCBJBWz9+dJokMdG+w"
    "KG0FmQ2wSxNmdC2i1zZxAyd0Aro33GB42x+dnb/tXoQkCQf4t1FL5V7TsBKn6YiRJXw0FW"
    "o17uY3GfUZOefwZYopfBk7gy+jlndpvTH4tSZsGRxnLOMQJjvMQjRAVVEIEwHy8M8nD/tH"
    "faWpO2pC5/X9bidLWOMzceRx5LDArAUWUT0kIB+F/ZOqkY1L+YpfIiryGC8GX1fNAjtOei"
    "bFmvDsCo6xE45gQRDA1hE9I6tiNhyQAUit6aFKDFyEumdE+mngFpdK5WMqmsnZ/mSrEY5w"
    "t6E9jWhHbcVqt9fEjaBjvrDpNbV7bP00Ux8ejla9OjuhTwvWFqjK1Ce6BwhDoeg/XOI1iv"
    "7TDFSKjWJWugkqRXDtAqViQ5WKMhHeeCp58ivhJYvWIEqYS6zJBfn7Wu8ToDX4+bQGuazo"
    "rrhmGxqPZYFTc3MNEW9jfFCPhKnvdtRSpILCVZFyVQP3GZCpioWK7lm8uWlpmHxr/dhN64"
    "b0R8OLZlZvbYKtTFHU8wViyKIBR6F4YfQ50Ayk0cpYH5BGQRpt4EZXgTQqqnvF0LL5CHgk"
    "bUQ5DcbxCEfd69f2aZwWXo+ifREM56mm8HnCFD5nKFQIw2PsWTvwJ1kV4pQpPqIQzg+Uqn"
    "lIJ7kPTe6uRxyazrjBcD6cjIMCvFlJizynohnXH4VRVpV1Dpj9VIBzCpx3mqRqksHYkWPZ"
    "ND9JdSpBshJrza6BUhCUgqmUgqDnSquKsNNkQIQN+KiAGrUWiElkchmCfuxqnJJ+FqSbtu"
    "IEWZniUCpTZTrYk91vG5Np06nrJuZl8rcCfWllXGHJ+lK8FaRMqQpdgtZpTC+u0qhMSat4"
    "ldPVaZWmNdvpqtCZgjwJ8iSkaqgNn2GBxWAyXBTjOQzVbVIoe/Hdn1IS/zCwpggyr+GHDv"
    "klgUpphbc71aBBl/wjfun8GeJMvpNtWDD25rf2bR9WNzZ7RINO/gQWplIWxj+mWTiZEF0L"
    "LWjnFx/SGHkuPsQbeWhdKC9YaJlkgJxB2j5GpxTQbYcj0qWyxtpOs/eB9JZMJnkLp3zxfg"
    "/u1p6Vl48Qtm+ul8LUe6dsFOnDWSE96irzqnLjm+H4cycb6A5ZD9kPS2Uy5r9MRjc9ZD8s"
    "FTdFJHfjyxfJkZppf7YY9kejP3jyZzIgjDlpwShcKr56X+l0OPhqvd16oD0Ovlqd0P/+N9"
    "DkrdNg/3bRUnHr3JIbbjT8Zn1j93GpDPrjATca0VL30f+OGbe4m42DL3HKaH5Mp9Z56uSY"
    "sJdpnEou471KLiNuJdZ84+/xg6phfqPKDB4vy8wN91TjTQPmbwvmb3Ny01R2qhWcmkbf3x"
    "uqITDUrInplfxkkGEJ+8GPZljKAzCgmxZdM+Yhh39qmK6Fe0XBTqp2dElWT9UQWY15hjq5"
    "q1rTk+nhd2hOs338AOgEoKkRQJD5rBEaLNr2wV6CXEJxo8llzjOj7VK1D+dyFBYmaHl83y"
    "OU4JidwjHbQi2XF3yUFBBPgXiz7OyVWrfaZWb3D/p+t8o56EFKcK6oy6g7GPmGPdazPJOt"
    "OkhUXeRL7c3WDDNSNmCDVIDs4fSpPo+OEFuQNWmq78LShkEc5/zTDSVNDa7bmFSprFlcBL"
    "q+rtoKb3D1HpGKFj8d7zNv+mBxT+m85psCeTAyFlL1HsToNDF2jYQKYnrqGtPTSJggfVQu"
    "2DT8sFdWR2I1MztpL0TGXjt2P5+ZnbRwMpXu8G7xVHFe7y7HdcD1ncduw0MO8J2JghGmVl"
    "WkPiBBQWYHv+hoIxGGU3vpoeeNiihzT740eRaMLvmLFdKUfnx53QkhWkiHh2P7vtu/FJzk"
    "q3aSf5SUGL80Nq5O+xZa7Is3tT1o6pY/zms11EWNDW/g9NcCpz9DPXK+BjqA2QqztczZqm"
    "FBZ/lDLfCPGLbAo6jx3CzCuLvgfl8EDEsOjme3/d9fBYxLo8n4s9Pch/tgNLkO4U1YT5Wh"
    "4Y3nFlyCFrILELcOptVAu/wGdVf4SS/f+EnA+HfY+OcGkR9pnGpb1H83ZJnyz6uAWWrQnw"
    "/6N1ySVap0fYppfolTpzi2mUPaFNlpV2ayIlBonEqhoT/us3AodvMW8ieQ6L1pzN9fe0Ex"
    "suUV9pMAG8DwriK/y+B3miQyZm5iEFiQECLBsH9iRyPB6KnK5wm2CxICzgdwBlGh+D3Cvm"
    "kuG6pBIsAVRLDqRDDG5C0A1/Zd0hZGNrhmM3tdlinf+pzmGAJu0KUuXsIVgu0OugvcESZH"
    "p5Z9VcGWaR/R8xjp6l4T8QpR6yMSkHspGjpTNfKZOiz9gzosIefu7ldRz4EC+14qS2WxwR"
    "a9pNOWpLsussfzVc/1TEAbQTdfaDbdkYL517vsTghdN12QmcTP/Y6hOpDsq5Ts4Zguh/0B"
    "sbN4TBuYqoycgNzsm23azWBId+iocdh6ogbjEdefW2XWU9RUnceEfP4uTQ6CsCXHl4LgHR"
    "jcwOAGUnQpW57NrmWDNUSVC9maeWUUDWyY+0yJbJgMoAUNxUk0FIErtY9ENstlZDWbu2nB"
    "Da/bFMG3ziZaAMBzX1ftxDd04tRKCxS5co91LRPjWr6E65nsQO5s99p3fttI4sbTzehIx9"
    "oTRgKy+/un94ieJWODFNVSzZjtVuj+BQmyHFUKFdjvoSsdvF8cvq8B1DZVqm0gb0j72MI2"
    "YguZQ8rOHFIr7rCp+Cayhyd20vTdf8tgXIK348azLL77eNMxKwOaSBhr1PAjvyBCp9kRqc"
    "jYaOp+vTG5B0nE+muzb3QmGOpWEtH8XyP0P4TjkPFqTYg09Zlhxyq8dybj4jPjAuNSD8aF"
    "oEPGOZOO0KOo7lh9U2t4/cFaFg+fAU8/CQAaUbgKD9h44c1NJ4vGNUQGwEZnqqXg2qkS6z"
    "athOkaogNo46DNYXNmkQLAYYBl9TluR7hWVRkLSowbrp8uBOs9ISwLV4dhqNb19noyGQVM"
    "ldfDcPjr3e01Nzs7DznmMtJ3muxhLgNygLIAA3I9FbJ1txc7mCQajM1KewfKuLLCpBUuLr"
    "eksasLUk3HnxzNdM9gLLdofkXw9AOVcQOwTVAZg1t+wW75oDPOD3BKl4J4pbFfl/uEi0jp"
    "SkWNW7uvFiFfak7JIGhxGnY/qoeU7Ft/24N6djMEw1Rm95Ct6jTzPDpqOkSmGTJII32/NS"
    "M/yLOOEXm3IehRxfrx3aWJ6QhuLoGVYMZ2+KwN2bM1XEvrn0XN/vHi4vLy/cWby3cfrt6+"
    "f3/14Y17Ykarko7O6+FnenoGeEsI/gCWsH3YxqWnSxcEcmSquorAJezDgBtOFzTSw3xYKv"
    "2bX+/mi1tuTAq956UymNzRIvMfDRExg0XcqBE3aMSNGbFCRqx4EScHIU+5lcngq5OJ0Pm8"
    "VBaz/nj+iZv1kPMUPnBOE2Bin2y8eWxltyV6dKDrjrMoZsY2SgjghsGFXI9lp/vR8APWsM"
    "LKTBOPcoCoDTlMS09apRoMgOMzxDrt24Btkkq4jPywzQqmhNtAC4mlDAnQ6U/hKCFIEYcV"
    "yyHvyGPDfQI+mQ1DOnXET2Si1SroZ7rXxI2gYytqkKHWCzboJqn1dnZT3jU3l5zmNBRNBV"
    "lT6ubF2sBMFDez/qdFJxveFlEPmf+WytzUPsxtvcP403B2a9594DwG7z4YcMNv4bsPrDKq"
    "d3BqvTLWbQp5tA0X6aSKBKECuN0T3oZAuKKtYEgiwy5wyCHIpQNvoAzeQPjHDov5BIwQKX"
    "jb1cf9hyFSYMXIMcY+MhjfOo8v6Al+Qj0BuHK2bdTTuHKeLitU7QYZLPe1xjZJ53aS/Dp1"
    "A7nYBDvgz5kf4QL9OWme5CN9OQPqSecWppYgX6o/ZxS4Q8rfw3dcBRXAJV129Z2hZ3Yc3i"
    "FnwSm1vZDLuQw3IxFL1FsoV9AygxacjZi3NIlE8mCIhgcvaXLojr47qDkan1xXB4ELdUnX"
    "BwWP3GzwsmgB5RTxdREG5Ngwu7CRvWF4pw62Y804uGaoUIjre82Qo35wBoEVRBZq0k0MI3"
    "Nkfd/8OBxI1nfv9vmFBnY9YA09mJf/2L30ED3Tu0jGwgpRnW4XbSVF2u639i0/DjcVDSor"
    "tmum7OPXBoHUUwepJwfnWBjTWNNNqjCuUdxr1N+cIfTEO6n7aSr0G7qbZ728JqeX+mUKt5"
    "3LWK+dy8jdqWQv4ulexK+EF4YyLnZ/iBLCJQ9R/tze3/ncmcfiO6iOUz9vCNggZLbtdp02"
    "Igu2vgpsfSBHlidHnjjR95T0IqzZ9iq7qptopfI1Kjk+YSPtaIaT7Lk9QCo7Uip7Jut5Y/"
    "BrTdhmYWrDZHBosdK8mqIIv91mkhZ8NCAoMDyqpFVWTP0kAGkU0o21mDNhGqABUBmygO9M"
    "yyALBKlgW00hC9iQFSEL+LpqGMipZYHgBKsVvyqJjwtBf+ywGFanLpljJa14w2mW4v48wU"
    "D06jpKR2+MUWUZi4ZuGiNouWVskBTzg+vPx7owL39HafjjmCBdOo81SdVsPZcv7MIM7fXb"
    "DiGsF8J6U6nnJ1NunFE/b9L0EP27VPrz+fDzmAbdOk9LZTjmp7PJ5xk3n/eQ78NSuZmMuR"
    "6if4uL1y0+O5h/kaVWlnok4EkWSVul6+RcxplyKvlp2hAIXUHuqmZF8EEwVw9C+GDU84bw"
    "GYKWb9SDlBCTXZ9Bjq5tUd3uqLSW7yajIC2MdJ1HOoebMngnQzBuXZRyRTl8t93RO5t/N4"
    "TgNjoE19Zhti36NsCGioJy7K0zpAvuqV1aeKZl6Fic0hsr6smnVRzH7V99CRaGFNHbjpWh"
    "tMBtx4Th8y2C2IVTKvLBYbYkI/njPosO2G7ewrsLik+pfy9oItm7ssDrI2mfhr0EhCWFl1"
    "XRPaZTwxyiA6wPYw0pM0qIAqHOCrkSZjAowcgZdQBTNSMPulFCADcMrsl+Z+LGfBSwGxxW"
    "4DkiyLHxHz6/rYYBnFbJ5JtYdfKm89QorPQBfh1LQuIA0ozHT5nunqU0SFbXPUQItRfzcx"
    "cJooh3ZOiRqiFFNbqmZxztDQv3ksxMEnBsZ4mStShL1AnS/IHHStdwvyytq+J+2dCoZeC5"
    "o5TAdR/muuF6wbJdtFb4Scp2t6BH0b4ZfJ4K4vMEiM+jEJ9AEVLviQzSeV358dC9ufT7MW"
    "dtmnupHeo6T+BOfzDgpgvTW9x+Wiq/zSbjz/xwwd32kPe8VCbfuBk/HdJrpd3HpUJ7p0/9"
    "6xHXQ/5PYYbyNL7jFWq4a721F7/pgHdzPPTN9HNN490Mih9Q/IDip5uk+HH8Qlh6H5/PSI"
    "Lax9+q3Mwfrv+bGbEoCprGvqbUwRoCGCGAMTmAcdoffOWyphi0qejlovT/UrkZzqf9xeAL"
    "LfOezVDGxaw/ng8XZiSj/UyY07sF/2ky42+40ZAwp38QHjVUQvq0nswuncelwv1OGd/hZN"
    "xD7mMe1rX4a0rpun8kX4AnA33P8uaNZ2MZpIWwtKddbCUztFgn7KbJmJIdWaL67jxXaMZ1"
    "AuEedQ73oLm2cskyAUIQZeoy6GlEmZWk7wRD3OQa9wgxrO86r297M8431CFaGOk6j3RQhk"
    "kpjwSJIJ1WVB2+0tQdTwVTXsPkB+oZfbHjyAHqKNQQetoGf7WWT9JTxvK2EFoI5T3EnLQk"
    "lLdmc7fgSN7wllutIaOh2MbZMdiwRjipAjC+IX1S08TM67GdUMexoSlwt0WEAtAeeD21E+"
    "WgNHVE0L+dAf/YuH8vj35Ljr7AxCwgM4JjlmxzZgTXJGL60x8J2MLurHV5EqowjMdlAAjP"
    "wsMG8pISAESs5HA/RuxMgsj/JuEMkf/gjd3M6Qq3OcBtDqfnj7rNuc0hyKIy2K0IDxvPbw"
    "V5Z2C42sxwNc/lMDvY4G7IcDdURfNG6jweEiHSFrpBtclDIk/OpHbnSyoltBjcSX/eJaZh"
    "kZoj8+ylIdIW7qUtdikFMRXEVBBTs4ipjuk5zigQqO8mCamebbciq4DPhAwyKhgFGrrJgl"
    "EAjAINna65PNEL8D9vI64JvNYp/czqBnVajivBvawmDJczBgk8l2+Y0rBdvnlyOFXl3FQU"
    "I3EjKGusI5WIg8jYaOp+vUE61miONf017Zt2jc4kQ0cj6QGLL2SvfRVNVnl8d8x0la7vtb"
    "7f7WTqtBfOVPndrYKbnsFqkSVRwoz71x03X2TPleAS9pD7uFQGk/Gn4ezWvL7ZeVwq8y/D"
    "6ZSW2Q91vuYZEkrFQ99elRlcl9u2UWdoyCPeuOSXPkjaNudFqkFaMIXUZ6DZKvFdvouRA5"
    "QwynUeZYhZLkEbFxQs0hqTglSALETYnibC1hWZjwd27uuqpdiGlu0RQXNwvWkM5EVHzYVN"
    "ky2ZmaXGgM3ww14J6sOCNd0kXaPmtakyLaqGjb2m8GDvPZV2T9iqe5avxw0Wpa0gs8H1iM"
    "Kig0X12qZu7tJlgXnDDYa3/dHZ+dvuhSkPEClBso4RRyn3NuKqaHrvKiLDOJlwo4+PpoUW"
    "4MsU2s3LWOXmZRhhRTUYmUYW+EfMzuC0b4OvbZKcy/2+CIi4DoRnt/3fXwXE3NFk/Nlp7o"
    "N8MJpcw61JFbs2g6Y+Hv1m6mzTaOpBx1OGC0uYtUwPLpMWEqqBuuck6p7gbCwA3pnZYetT"
    "UjFXcQBu8k3Q+G40OpXHkDUQcQ7avtpusuxu/s5yfLPDMro5qzx/36OulwXpHby1a4QzeG"
    "uDt3YjpysRjPRsQcceRQsn7VUqwfwqQTC/igrmRNgzVPNCkhwzmE1c3Vx+05CJTK/+UPV8"
    "GDNpAeJ6isW120DKjvM4sQRXN7yLE+FOHPMRHIhYIS5VvEd0llRmiwWxDUIqqgypmPZni2"
    "F/NPqDn3EDbvjNyhgVLlsqXq3z1MnBEBaf0QkMYWAIA0NYF0JWYNQLCFkB8ydY5moicBy2"
    "zKVxFLa8KY90gvXcNtthnivaSThoHmvJfCzVRbi/kxbqI1Y6DDnVresmiajCTiIipdOsTO"
    "kUJNIqJVLzfwTWeHHGaV+hBJpR8KyTLGOuGH4j6JssGAepikH6tJO4ZNPijhy70o8sEHsU"
    "LRTLi08joalyzC5xWGvl0NYZ6E7/5nY47iHz31KZTOc9RP4sld/6M+7L5G7O9ZD7uFQGd/"
    "PF5Jab9ZDztFTmd9PpaEjLnCeaF2Q2M4vsB1LypT8ecyNSYj3kUWoVP7y6qO4ynQIuQRt8"
    "6UPnwFWa7Ym0ij8HriIbFOi04tFvpnYjjU4L/9hJpLc8KcoDlJCmoT4qrOgoa/hJfcyZlt"
    "xPCaNct1GOaNVOY2me7I179UfsnUP+6m6SCK+aDSu7b2i3v5clfYOtDH74r4y25mtp/bMI"
    "9x8vLi4v31+8uXz34ert+/dXH964Un60Kkncvx5+phJ/YJGkMEqTsckEv01QSFjMT4O/Xy"
    "mwk8Rs+gCboM4iVG2UAcKa7PtrgoeFUwaco5QtBPzyIk0U9kV8GPZFPOBZ9/EwZZvseRVv"
    "KjvhRVYFBv6/zifjGB2YRxLmPSXRQP+HyPHdxAFIwJKCEeA4I7Hx4TD4ECtJOwjHxsMlby"
    "2WAQJrzM/RhnY5VZWxoMQsND9daIzvCWFZw+qWVDuu15PJKDCk18Nwhom722tudnYeSqYS"
    "48twKv9eIhoRUH5V7ztM716vupvs22s15P/XbnkwjXsfOTTI2AgG2u51A23IG7CChAcDa0"
    "hAorrdSgY6W3bM+BIkaJr0hFekT0mWEUXA9GfQl51X3bCOufAXLJVnTTIMQi3RHjHSCVaE"
    "kRcU3X6NoCOaHl4U9jqpVa3Xkpdogr4hpYqiGkhWSZ1kvF4qS2VBOtlpqoh13WprfR0daX"
    "uFdoVIkaqI+J/oP6IsSDRv7V4xJPk/SLLeRBajjl+jPiKoI53UyEuFCKrYpPJakF9t9omI"
    "bGxlsHfeupLwqotUzfw9LlwPgiTj1Sv6FkK1JFOHLAh0/4IE5cUh/UX32j+r2iPWXiNntu"
    "gER/L6Fd7uVIKXEZcl/xiTOAjOVQnOj5LCwD9evnDat1CqKMGmCwztqRhasFb9FOxs4OTM"
    "PNJh4moGu8pDpk1jLRD2bLtj5a+NV874SCCaNqxvkQXd4LGmsYKB4lMQBqna4DyRtEiKSk"
    "RYE4mwjzVJ3HRYLrRWTTfRgdZrA96zlTGpJXvPPhEJWMqWgMNH0kI54OLqKpX31FWC99RV"
    "xMBAFlUGhO3mLUT3PJWP8nmCj/I5I95SVQzmrd/xgpaPBAStjILWSQ+zv/8fURiANQ=="
)
