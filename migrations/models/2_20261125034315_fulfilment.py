"""Warehouse execution and shipping: pick tasks and lines, the scan log, shipments,
packages, tracking events."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "pick_task" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: OPEN\nASSIGNED: ASSIGNED\nIN_PROGRESS: IN_PROGRESS\nDONE: DONE\nCANCELLED: CANCELLED */,
    "priority" INT NOT NULL,
    "assignee" VARCHAR(200),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "started_at" TIMESTAMP,
    "completed_at" TIMESTAMP,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "warehouse_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT
) /* What one picker collects for one order in one warehouse. */;
CREATE INDEX IF NOT EXISTS "idx_pick_task_warehou_d3d4e5" ON "pick_task" ("warehouse_id", "status", "priority", "created_at");
CREATE INDEX IF NOT EXISTS "idx_pick_task_order_i_446d6f" ON "pick_task" ("order_id", "status");
        CREATE TABLE IF NOT EXISTS "pick_task_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "product_id" INT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "barcode" VARCHAR(64),
    "bin_location" VARCHAR(64),
    "quantity" INT NOT NULL,
    "picked_quantity" INT NOT NULL,
    "short_quantity" INT NOT NULL,
    "task_id" INT NOT NULL REFERENCES "pick_task" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_pick_task_l_task_id_ee3f73" UNIQUE ("task_id", "product_id"),
    CONSTRAINT "pick_task_line_quantities_valid" CHECK ("quantity" > 0 AND "picked_quantity" >= 0 AND "short_quantity" >= 0 AND "picked_quantity" + "short_quantity" <= "quantity")
);
        CREATE TABLE IF NOT EXISTS "scan_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "client_scan_id" VARCHAR(64),
    "actor" VARCHAR(200) NOT NULL,
    "device" VARCHAR(100),
    "barcode" VARCHAR(64) NOT NULL,
    "quantity" INT NOT NULL,
    "result" VARCHAR(16) NOT NULL /* ACCEPTED: ACCEPTED\nWRONG_ITEM: WRONG_ITEM\nOVER_PICK: OVER_PICK\nNOT_PICKABLE: NOT_PICKABLE */,
    "sku" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "task_id" INT NOT NULL REFERENCES "pick_task" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_scan_event_task_id_aa2530" UNIQUE ("task_id", "client_scan_id")
) /* The scan log: every scan, accepted or not, for traceability. */;
        CREATE TABLE IF NOT EXISTS "shipment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(20) NOT NULL /* PACKED: PACKED\nDISPATCHED: DISPATCHED\nIN_TRANSIT: IN_TRANSIT\nOUT_FOR_DELIVERY: OUT_FOR_DELIVERY\nDELIVERED: DELIVERED\nEXCEPTION: EXCEPTION */,
    "tracking_number" VARCHAR(64) UNIQUE,
    "estimated_delivery_at" TIMESTAMP,
    "packed_at" TIMESTAMP NOT NULL,
    "dispatched_at" TIMESTAMP,
    "delivered_at" TIMESTAMP,
    "carrier_id" INT REFERENCES "carrier" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "task_id" INT NOT NULL REFERENCES "pick_task" ("id") ON DELETE RESTRICT,
    "warehouse_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_shipment_order_i_c387a9" ON "shipment" ("order_id");
CREATE INDEX IF NOT EXISTS "idx_shipment_carrier_5e179a" ON "shipment" ("carrier_id", "status");
        CREATE TABLE IF NOT EXISTS "package" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "weight_grams" INT NOT NULL,
    "length_mm" INT,
    "width_mm" INT,
    "height_mm" INT,
    "shipment_id" INT NOT NULL REFERENCES "shipment" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "shipment_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "product_id" INT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "quantity" INT NOT NULL,
    "shipment_id" INT NOT NULL REFERENCES "shipment" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "tracking_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(20) NOT NULL /* PACKED: PACKED\nDISPATCHED: DISPATCHED\nIN_TRANSIT: IN_TRANSIT\nOUT_FOR_DELIVERY: OUT_FOR_DELIVERY\nDELIVERED: DELIVERED\nEXCEPTION: EXCEPTION */,
    "occurred_at" TIMESTAMP NOT NULL,
    "location" VARCHAR(200),
    "estimated_delivery_at" TIMESTAMP,
    "recorded_at" TIMESTAMP NOT NULL,
    "shipment_id" INT NOT NULL REFERENCES "shipment" ("id") ON DELETE CASCADE
);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "pick_task" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "priority" INT NOT NULL,
    "assignee" VARCHAR(200),
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "started_at" TIMESTAMPTZ,
    "completed_at" TIMESTAMPTZ,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "warehouse_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_pick_task_warehou_d3d4e5" ON "pick_task" ("warehouse_id", "status", "priority", "created_at");
CREATE INDEX IF NOT EXISTS "idx_pick_task_order_i_446d6f" ON "pick_task" ("order_id", "status");
COMMENT ON COLUMN "pick_task"."status" IS 'OPEN: OPEN\nASSIGNED: ASSIGNED\nIN_PROGRESS: IN_PROGRESS\nDONE: DONE\nCANCELLED: CANCELLED';
COMMENT ON TABLE "pick_task" IS 'What one picker collects for one order in one warehouse.';
        CREATE TABLE IF NOT EXISTS "pick_task_line" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "product_id" INT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "barcode" VARCHAR(64),
    "bin_location" VARCHAR(64),
    "quantity" INT NOT NULL,
    "picked_quantity" INT NOT NULL,
    "short_quantity" INT NOT NULL,
    "task_id" INT NOT NULL REFERENCES "pick_task" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_pick_task_l_task_id_ee3f73" UNIQUE ("task_id", "product_id")
);
        CREATE TABLE IF NOT EXISTS "scan_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "client_scan_id" VARCHAR(64),
    "actor" VARCHAR(200) NOT NULL,
    "device" VARCHAR(100),
    "barcode" VARCHAR(64) NOT NULL,
    "quantity" INT NOT NULL,
    "result" VARCHAR(16) NOT NULL,
    "sku" VARCHAR(64),
    "created_at" TIMESTAMPTZ NOT NULL,
    "task_id" INT NOT NULL REFERENCES "pick_task" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_scan_event_task_id_aa2530" UNIQUE ("task_id", "client_scan_id")
);
COMMENT ON COLUMN "scan_event"."result" IS 'ACCEPTED: ACCEPTED\nWRONG_ITEM: WRONG_ITEM\nOVER_PICK: OVER_PICK\nNOT_PICKABLE: NOT_PICKABLE';
COMMENT ON TABLE "scan_event" IS 'The scan log: every scan, accepted or not, for traceability.';
        CREATE TABLE IF NOT EXISTS "shipment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(20) NOT NULL,
    "tracking_number" VARCHAR(64) UNIQUE,
    "estimated_delivery_at" TIMESTAMPTZ,
    "packed_at" TIMESTAMPTZ NOT NULL,
    "dispatched_at" TIMESTAMPTZ,
    "delivered_at" TIMESTAMPTZ,
    "carrier_id" INT REFERENCES "carrier" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "task_id" INT NOT NULL REFERENCES "pick_task" ("id") ON DELETE RESTRICT,
    "warehouse_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_shipment_order_i_c387a9" ON "shipment" ("order_id");
CREATE INDEX IF NOT EXISTS "idx_shipment_carrier_5e179a" ON "shipment" ("carrier_id", "status");
COMMENT ON COLUMN "shipment"."status" IS 'PACKED: PACKED\nDISPATCHED: DISPATCHED\nIN_TRANSIT: IN_TRANSIT\nOUT_FOR_DELIVERY: OUT_FOR_DELIVERY\nDELIVERED: DELIVERED\nEXCEPTION: EXCEPTION';
        CREATE TABLE IF NOT EXISTS "package" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "weight_grams" INT NOT NULL,
    "length_mm" INT,
    "width_mm" INT,
    "height_mm" INT,
    "shipment_id" INT NOT NULL REFERENCES "shipment" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "shipment_line" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "product_id" INT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "quantity" INT NOT NULL,
    "shipment_id" INT NOT NULL REFERENCES "shipment" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "tracking_event" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(20) NOT NULL,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "location" VARCHAR(200),
    "estimated_delivery_at" TIMESTAMPTZ,
    "recorded_at" TIMESTAMPTZ NOT NULL,
    "shipment_id" INT NOT NULL REFERENCES "shipment" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "tracking_event"."status" IS 'PACKED: PACKED\nDISPATCHED: DISPATCHED\nIN_TRANSIT: IN_TRANSIT\nOUT_FOR_DELIVERY: OUT_FOR_DELIVERY\nDELIVERED: DELIVERED\nEXCEPTION: EXCEPTION';
ALTER TABLE "pick_task_line" ADD CONSTRAINT "pick_task_line_quantities_valid" CHECK ("quantity" > 0 AND "picked_quantity" >= 0 AND "short_quantity" >= 0 AND "picked_quantity" + "short_quantity" <= "quantity");
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXWtzm0jW/iuUvmymVpuK7TjJaD9JMkk0kSW9kpyZ2WiKwqgtUUagAWTHtZv//nY3t+"
    "YqQICAnC82avq00NMXznn6nNP/7ey0NVKM10NR12Wkd3rcfzuquEP4Iniry3XE/d67QQpM"
    "8V6hdSWm0r1h6qJk4uIHUTEQLlojQ9LlvSlrKi5VD4pCCjUJV5TVjVd0UOW/D0gwtQ0yt/"
    "Rpvv2Fi2V1jb4jw/m4fxQeZKSsfQ8rr8l303LBfNnTspFqfqQVybfdC5KmHHaqV3n/Ym41"
    "1a0tqyYp3SAV6aKJSPOmfiCPT57O/qHOL7Ke1KtiPSIjs0YP4kExmZ97L3hlHUGYTJfCgl"
    "8KQicDQJKmEnDxoxr012/II/zr8uLt+7cfrt69/YCr0Md0S97/sL7aA8YSpPBMlp0f9L5o"
    "ilYNirEHqoQ7OgzrcCvq0bg69QPI4kcOIuvgWF9od+J3QUHqxtzij+/eJuD4tT8ffu7PX7"
    "17+wv5Qg0PfmtSTOw7l/QWgdqDlv7PAK1TvxhonQIPW2+qVg7u5Zs3KdDFtWLhpff8+D6j"
    "+62mPQoHXckCc0AsF9r2MK0n2NepwL5OAPs6DLakIwKHIJphrG/wHVPeoZgVwycZgHtti7"
    "52Lpo41PEPXE9V5cUeGAngL0e3/GLZv52Rr9sZxt8Kxa+/5MmdS1r6Eih99S7QT24j3O+j"
    "5WeOfOT+M53wFF7NMDc6/Uav3vI/HfJM4sHUBFV7FsQ1s9Q6pQ5qP8j79+GReVmQgntRen"
    "wW9bXgu+MND2Mr73eIABIaHQNb9OOXOVJECm54HNiKyMJupnlT8Icz7J1SZzAQ9LRLLQ7P"
    "8K3d5S5YIqrihv4k8t3kmxy9bSuqKlIiVTr7VrJKx1QClQ5UOlDpQKU7q0onKoom0XeEQL"
    "7ZRJuXaLh59bCjkI/wI4qqhELQxzRVXU90ZvPRdD5a/tnJ1h+uXI9zrlbqcDxd4Jd5j7Mv"
    "VupiNPk05oXF59Hslp8shY+jObkfWdzJ078Xabr3Ir53L6I691kw9oocoUMONE1Boho9jQ"
    "KSgT68x6JldaKzeJWnMUTBO5hOxz4NcTBaBnC+ux3w81cW/LiSbCL25eCBThQNTV8jXdhr"
    "iizlnk5R7VQ4lwb94Zfp/IafZ51MrmCPcy9X6pz/jR/i2WL9zzM9fk0xO36NnRy/BucG/h"
    "LxEQkGwtZSxOyIf8OEBNtnz5bypsE20h5JpmCID8h8wa8ITXrMuCrFNVHh8uSWNHZ9Al4h"
    "fhYAr9Chr5wTSYUpaaOB/R9LKfhIUFFHW+1gIEGR1ccTkbJJg9+dNtsEWpk8zEzX1gfKnY"
    "R4GOdWN4mH2TOVgIepbH0tmYcxHg9ZNDm7OrAwwMKcWTe+F/WsHCIjUogB0urxu9dlKQLd"
    "GyTJO1GJBtiVCSq6ltBrW7iBAzoB3Rt+OLrtj19dvO1eBiwJB/i34Z3Kg64jNY7piLElGJ"
    "kKWY27xU1GPiPnGL5KMYSvYkfwVXjnXd5sTWGji7sIjTNWcQiKHVchGkBVFKJEgD3889nD"
    "bK+vdW1PttAF47DfKzLShUwaeZw4TDBrgoWohwTkw7B/1HS8cKlf0EuIIo/xYmCaahbYcd"
    "YzLtbFZ9dwjB1wGAuMALJe0XM8K+ajIe6A1EwPITFQEXTPGLfTwCUuFeWzP+jSVjSQUBhk"
    "M7vF1kNHOXqsFj3ZDMwJnkqkpTFpqK1YaQ8PJ1OvzkrIsGBtgapMPtF9gUQQiuzLJZ5RZN"
    "9mQCk2SlnpJlCK4NoFpGJDSUUFG28CsTyFtfiShTUIC+Yya3JB/r7W6wSwBj8fa5BrF901"
    "1+yNxlPNhdTaXEPM2xgf1BNh6rsNtRQpvyFapA3awHUGbKp621SeU0uEUeXzeIm3qp591c"
    "CsquwdDmYVmFUNXOgqMKsk7aCaerbNbk+kjSinwTge4bCf+MZ+G6eF15Nonyv+RaohfJEw"
    "hC8imAGs8JiHqBX4o6KJcawAIxTA+YFINQ/pJD+Y6d1gzHOzOT8cLUbTid8SpTdJkecdM+"
    "f74yDKmrrJATMrBTinwHmvy5oumxErcqyaxopUx23hmVhrdQ3YLWC3UrFbQNikpR/sfA8Q"
    "KgIcF/hY1AGrvYyhMkXj1Nk4w+0scTNtxan69EKNgalMznR4wJN5F5Mz0rnXTcwwxNYCwr"
    "QytbBkwhTtRDlT0j1XoHWU6eV1Gs4U14rnnK7Py5rWTJOtgjQFgxIMSkg6UBs9wwIrQslw"
    "UYzXMDS3SqHqxTc2OSL6biJdFRVBRw8d/Et8N+U12u01k4QPCo/opfNXQDP5hpdh0TzQp2"
    "aWj79AY6lUY2G7MIviEpBr4Y7ZxeWHNJs6lx/iN3XIvUBCq8CsyAB5hGj79JpSQNcR/qWG"
    "iZtUN0jf6/Y6kH7nMlK8hUO+eD8Hb40Po308u54nXWV+Sn5yM5p86mRD3BHrcfbFSp1OhM"
    "/T8U2Psy9Wqptqj79h8u7x+M6sP1+O+uPxnwL+Mx1itRDXiChcqcx9pnQ2Gn6xvt26IC0O"
    "v1iNkP/sN5AkmDN/+3bRSnXvuSU3/Hj01Xpi93KlDvuTIT8ek1L3kv2OOb+8m0/8X+KUkT"
    "yDzl3nqpNjtF6l8Wm4indquAp5NVjjTbhHD5qOhK2mRKgcWUZusKUar9cwflswfpuT46Oy"
    "V1rBKT6Mw72pmWIEyZeYpoYVg0w1iAU/nKkmD8CAblp0acBLDvfIoFwL14qCfSQpYtkdJQ"
    "NiNdYZ6uQtaQ3PSAezY2M62sUMgE4AmlDQoiJkDRCIkm0f7CXYJQQ3ktDkIjParlT7cC5l"
    "D8wCLY/rdUgS/IJT+AVbqOVywg6LAuIpEG/WLm+lmy3t2uRlO/2wX+fsdL8kbO3XpdcdjJ"
    "huj3VszrR16heqLvCi9ruoLM9mue9lBNYvBcgeT0PJ+BME1IKsySeZgx8bBnGc60k3kHzS"
    "P29jUk5GjeIi0GWaaiu8/tl7QkpP9HS6yzb1AOKfWua07QvMhJSnNc3J00ioIKQEQkrq7u"
    "ppredx/p7uan/E6VNAbsVjrp+dqYo4RHZ0OO2BE1WONvAPg9vK+GWnv/S4563GEcUCPzS+"
    "Fs0u/otUXJV8fHkd3PYupEGIaqmXj+gj/llZeGenfgt3CIun9h90bSec5iUXaKLGRD84Gb"
    "XAycjUThyvvgZgtMJoLXO06kg0ovwvluh7jFrgSdR4bBaxmbTk/1j6iGwHx1e3/T9+8ZHZ"
    "4+nkk1OdwX04ng6Cp9lLWM/Loi24Ai1UFyBKE7ZyfPXyb+BZpl0m+4YVgc2G45sNbsjkiW"
    "R422JcuwEmnB1XPhp82F8M+zd8EgteOodC6d44CsXhgo8xKIpTD1JzNGludxNIjHOeOn3u"
    "ZRNyGTda4fv7IKpmttSZrAi8+iM8OPDvMoU8B077BSHaBLEDOxxtQt6kQp6AHr8g4HwEZz"
    "APil8j7FOBsqHqFwJcweyqzuyKGLwF4Nq+A3WCyPrnbGbPrjJtWsYxJ8Ko9bvtxFu1or/e"
    "UbeAO6zkGGQHX1ORtYXPkfcxZ2gHXUJrjuw4ciLnnvvDvdJ0/Jmcp/Yv4kDCOees/hL2EC"
    "iw7ZW6UpdbZMnLBqmJm+tydn/+0nM9ELitaNAvpFX3uGDx5S6ls8E338yzd65otiv3GQP3"
    "wLKv0rKH13Q56g+YncVj2sB0SPgNyM+/2tu5GTbPHTmyIWxdkU3iMd9fWGXWVXh7Os+28c"
    "W7NHHOwd0bJsz5HWyywSYbWNGlLHm2upYN1oBULmRr5olRNLBB7TMlskExgBYYirMwFL5T"
    "Y09ENst5OzUbu2nBDc7bFAF+ziJaAMALpql24ht449SKBQqdKhV18EjEyVMJB5DYwaLZjm"
    "7u/L6Vpa3HzRicgfQnxImc3d6/vUvuWTa3nKpZ1Aytt+buXzhRUcKkUIHtHkta7v3iYEZy"
    "oG2qpG0gN0H71MI2YgvZCcrOTlAr7bCp+Caqh2d2zPSf7xihu4QOgIxXXPwHT6bSWk5x0v"
    "wW1Ath/6duikQDOfWbef/jMiuhToV6HP23Uhf8BH8gf1fqcDr5OJrf0sgt59IfuTXkR1+D"
    "kVtWGSHlnbteWVQsWB5i/jKdO2SCN2TI2VQzI14J8dFcTn2I5coRy3UwtZ1oylIY8IGmKU"
    "hUY0K6WLkA8PdYsKx55ZZUi/1gOh37sB+MguDe3Q74+auLgDtfWHlH3/dIyrfvFBAtYOOp"
    "QaO/RvtMDiaJG03N2l6EHJyQgxN6Pd1cDydUOtv+Z+06GZiuWmObwHSdZyepbiAXu5UEbF"
    "d+hFNuhsbTXYXmmfTRV23LN1kZMRgXuR2JblqCsKRQ7m8RPKQTcQHbiudkA8FruXhFS0cS"
    "kp+w/ZED3EjZ6lB+0xCIaVixhC2PCNPwaDiyI3dylGxzGJ9cQbIQKVJSoKz/lZsN3ihZQP"
    "m4SRZWQE60G0KbsA3DO3W0Z9SIg4DaQiGub0DtwtSkxzF6QkonwtZg7naTjAyD1BMUt+JR"
    "x8khOTgV6SQIVXnhsJxuZ8HmzK2uHTZb6skoS8h4TdvmXommtpMlbvF/Y+6fnMgpaL3BQr"
    "r2HBFTW3jr0SaPN27BibIe1g5GB/dzpnglTwK08LChY/kTZ7JvPBEANBT8JT4g80Wgi06W"
    "3Y+AGAAbHqmW9rLXbDBSD9eAHEAbB20usiMsCgAHAVa057gVIdGtyCdXoVuRozA01qtIou"
    "phLm8TnyT4FNXHzyDsXkJv2itQxpkVFAWfvQyzC9x64t8c7XXrAS4ZnHqagG0SgwyMZrGM"
    "Jnj05Ae4QI+enfaEijjCkpgat3ZbLUK+VI8eP2hxDDuL6jGSfcfWPcqz03SQlMzucTbVSc"
    "+WdGg6Dg8zzsSVjMOOZqHE1wbi8HebohEm1k9vLk2IoX9x8c2EbLGEA3nzs1Dqv15eXl29"
    "v3xz9e7D9dv3768/vHHfjuFbSa/JwegTeVP69EhIOgnqX/uwjTsKL12g7InH4lUEbofGsM"
    "6WdjDrbLlS+ze/3S2WtzRe1rsmUbN3pIj+I1GwNEmlm63STVbp5qq0UlVaeSqd8w4FoplM"
    "h1+cUw+dzyt1Oe9PFh/5eY9zroIvl5hOLzmxpf0WE+grKvu+oScHvHbc7mFmbMOCAG4QXD"
    "hXsuxjhnT0gHSkRp2IE4+yT6gNMfalH5YF+Qsi6d8y8hdAlHXLiPk0UdaMa17GkNuQIFgR"
    "KSJD/Z6QpwaH+vwvG4Z06vDQ0ECrl4esHb3qkPpRJF6gSjeRxnOiYZn9huNEXt895+UfhF"
    "jDWgb3QA+CsVvpcSTqpcspeCHjyCLc5XayKu8OO/vEF8cHJ0zqFdt0pKssGy8NcYHV2QsJ"
    "6Uazx1YVFlZV04WqsLgq6aATGyDCUy7ecGBlKsy8drfIepBJTsvhKoXhcBVrN1yFztHEa5"
    "FA1iJhLb5EbGzFrg9hQUj4H2YX7PVdyO35Gd9AdUrkRUPAhr2Ttp200kZkIRtOBdlwINKy"
    "PL+kcyd9xq2IdB6GM7rYt7qJeVyYSmVmeAYzrEoz7BlP4K0pbHRxl0WLDYrBWyoqrobaHs"
    "Jul8k8YGTAMohwSJHXWTFlRQDSMKRbazJnwtQnA6BGKP9beU/cJDMq/34pWFZTKP82ZEUo"
    "/0xTDQM5tfLvH2C1UlBl6XEpGo+dKA3VuZesouJagulUS3F4mmjSQ+iJHEnRoSkKkkyD7j"
    "6Qcmt3QVbpB9elMeq0tPwNpfFHjjnXhIxjXdZ0m9hi9sj/IqehsOl04CSUcyjXDTwJZTrj"
    "JxkJeSrT48jfldpfLEafJuScEudqpY4mwmw+/TTnF4sex3xYqTfTCd/jyN/ijjgp3kWTnW"
    "Sp2VFPBHwHQ76DhoHfyyiTYxsr0wbfqwocCJvlblUt+u31t4Lw97b1uoNR4qkWpqjn63W/"
    "JKQUqU8nh+e2pO32xFrLlzrGLws9XeeezpG5FxL2QixjXUi5onIgtz33cbaUx5DDotGn0t"
    "gcZtsOpPGpoZKonprmAzfBP7WLhY/cGToVp/ZtVpR7thE7/RK2GFKcaORsM5R2mJGzh8F4"
    "E0G0wjmZfHCRLWmX/PGQhQS2q7cwgrz4wOZ7UZfw2pUFXkakfRR7CQjLqqBokvueTg1zQA"
    "6wPo41HCNXQtwH8VbIdYhchCTscoY9wDTdzINuWBDADYJL1e9M2hgjAavBcQbPMUFOjfhg"
    "HLcaBnBalokZWHVyp/N4lKiEASzJkpAqAFcT0FOmbJ9EhlO0TY+ee/VCP3c5UZLQHnc9p+"
    "mcqpld6hpHWkPivaxEpgU4tbFEy1pSZOIFSX/gqdY1ZPkk96rI8hnotQw6d1gStO7jWjck"
    "eSvbR2uNyDGAWSD2JNo3gi9SQXyRAPFFGOIzECH1HshgnddVHw9kLyXPFzlq02QHdqTrPI"
    "A7/eGQny2pu7h9tVJ/n08nn4TRkr/tcd71Sp1+5efCbESS+7qXK5W0Tq76gzHf49hPQYXy"
    "PM7jFTLctV7ai190wL05HvpmOrqmcW8G4geIHyB+uknEj+MYEsX7ME4jCbQPW6vMXB9MkC"
    "INWZREXZchaBGCFrMFLc76wy981jyCtlSPs/6v1JvRYtZfDj+TMu+ahi/SIyNGSxq9aF9j"
    "ffRuKXyczoUbfjzC+uifWC0NlOA2rSvapHO5Uvk/iK47mk56nHuZR1u9TEdIJPARQZ2KTP"
    "VH/AAC7uj7KA/eeM01QrQQLfa8k61kHRYZWMOkuihehGVCcedQZ2MbgRCPOod4kIRaucwX"
    "nyBYL3Xp9DTWy1o29qIpbXP1e0gY5ned57e9GOfr6oAs9HSde9pvtqS0R/xCkEIrzIBDDC"
    "T4TdUfUYgqhajSmhGTEFVag6jS4KoLnPopnHo0rrYOVQC0Q6+lZildaYH1q5snRELbecBP"
    "DYb2som3ZCT7BmYB4eLOVk2bw8Vdzpj6GJ8I2NJurHXB41VsFsZFRQdH4fFNw5KCoiH8Gc"
    "Kfzz5FIfy5MTtr4JJaRkQj5LSHnPZnV4i6zclp79dJI/SrkNIar2D5lWXQsFqlYTXP6yo7"
    "2OBxFeFxpUn05N08m8QB0RZ6grRpkzhPpph2Z4kpJaASPOp+3immI4lsfeVZSwOiLVxLW+"
    "xVB3Yp2KVgl2axS/t7eak9IrUTYZK697pJ1qi4l7H16FQDQ7RJM7ybYIjS/xlUVKd+heE+"
    "neZqp3TGCFvR2GbB2C9VDNKtDqvZ6+hB/p4FYk+izgxKToCLz2qga0rMKpEiNYUtW2egO/"
    "2b29Gkx9F/K3U6W5ADDhcr9ff+nP88vVvwPc69XKnDu8VyesvPe5xztVIXd7PZeETKnCty"
    "xuF8TovsC1zyuT+Z8GNcYl3kIaVKSFohaftMbwFXoIUsxXWa5QnXin8PXEPuCrBTCa30fS"
    "/j1vIQUj5JYKHqzUI9afkCO/2S0Mt16+UQM3Ie4316MO+177FbyuztbpIJr9GKFW0nf+vs"
    "D/eKbGyRldsD/Z0xsQdkWSX3qsiySvomE/y2QCExjD8N/iwpsJelbHyALVBnE6o2ZIC4we"
    "v+BuNh4ZQB57BkCwG/ukwB+NVlLODkVhzgWdfxoGSb9mQqXlT24ouiiRH4/7aYTmI4ME8k"
    "qHvKksn9j8Ov7yZ2QAKWBAyfxumM61e3/T+CQ344ng6CqiRpYAAuPT+PDeCbY6xGG1jlNE"
    "1Bohoz0Vi5QB/fY8GyutUtqbZfB9Pp2Nelg1Fg+Zrc3Q74+asL2pe4kmwyq1pNrK4+0mVp"
    "24naMLXudBO3S706sFda8Zu3tL3SJ6QbGT36GJEW6pKX19epuPLrBK78OqRO4kmVRWm3qr"
    "cQ3VJOR8DfaEZ69MTriYwI6IkZ9cSzvsx+/D80yl71"
)
