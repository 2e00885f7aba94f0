"""Stock transfers archiving audit."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "operation" VARCHAR(64) NOT NULL,
    "actor" VARCHAR(200) NOT NULL,
    "actor_role" VARCHAR(16) NOT NULL,
    "actor_token_id" INT,
    "actor_name" VARCHAR(200),
    "operator" VARCHAR(100),
    "object_type" VARCHAR(64),
    "object_id" VARCHAR(100),
    "input" JSON,
    "created_at" TIMESTAMP NOT NULL
) /* One successful state-changing mutation (written by the mutation pipeline). */;
CREATE INDEX IF NOT EXISTS "idx_audit_event_operati_2aaef6" ON "audit_event" ("operation");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_t_18117f" ON "audit_event" ("actor_token_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_object__0b4e4d" ON "audit_event" ("object_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_created_a87696" ON "audit_event" ("created_at");
        CREATE TABLE IF NOT EXISTS "stock_transfer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(20) NOT NULL /* DRAFT: DRAFT\nIN_TRANSIT: IN_TRANSIT\nPARTIALLY_RECEIVED: PARTIALLY_RECEIVED\nRECEIVED: RECEIVED\nCANCELLED: CANCELLED */,
    "note" TEXT,
    "created_by" VARCHAR(200) NOT NULL,
    "dispatched_at" TIMESTAMP,
    "received_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "destination_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT,
    "source_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT
) /* Units leave the source at dispatch (ledger: TRANSFER) and enter the destination as */;
CREATE INDEX IF NOT EXISTS "idx_stock_trans_created_a8aafa" ON "stock_transfer" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_stock_trans_source__024e5b" ON "stock_transfer" ("source_id", "status");
CREATE INDEX IF NOT EXISTS "idx_stock_trans_destina_3a263d" ON "stock_transfer" ("destination_id", "status");
        CREATE TABLE IF NOT EXISTS "stock_transfer_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "quantity" INT NOT NULL,
    "received_quantity" INT NOT NULL,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT,
    "transfer_id" INT NOT NULL REFERENCES "stock_transfer" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_stock_trans_transfe_46681e" UNIQUE ("transfer_id", "product_id")
);
        ALTER TABLE "carrier" ADD "archived_at" TIMESTAMP;
        ALTER TABLE "channel" ADD "archived_at" TIMESTAMP;
        ALTER TABLE "product" ADD "archived_at" TIMESTAMP;
        ALTER TABLE "supplier" ADD "archived_at" TIMESTAMP;
        ALTER TABLE "warehouse" ADD "archived_at" TIMESTAMP;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "operation" VARCHAR(64) NOT NULL,
    "actor" VARCHAR(200) NOT NULL,
    "actor_role" VARCHAR(16) NOT NULL,
    "actor_token_id" INT,
    "actor_name" VARCHAR(200),
    "operator" VARCHAR(100),
    "object_type" VARCHAR(64),
    "object_id" VARCHAR(100),
    "input" JSONB,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_operati_2aaef6" ON "audit_event" ("operation");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_t_18117f" ON "audit_event" ("actor_token_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_object__0b4e4d" ON "audit_event" ("object_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_created_a87696" ON "audit_event" ("created_at");
COMMENT ON TABLE "audit_event" IS 'One successful state-changing mutation (written by the mutation pipeline).';
        CREATE TABLE IF NOT EXISTS "stock_transfer" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(20) NOT NULL,
    "note" TEXT,
    "created_by" VARCHAR(200) NOT NULL,
    "dispatched_at" TIMESTAMPTZ,
    "received_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "destination_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT,
    "source_id" INT NOT NULL REFERENCES "warehouse" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_stock_trans_created_a8aafa" ON "stock_transfer" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_stock_trans_source__024e5b" ON "stock_transfer" ("source_id", "status");
CREATE INDEX IF NOT EXISTS "idx_stock_trans_destina_3a263d" ON "stock_transfer" ("destination_id", "status");
COMMENT ON COLUMN "stock_transfer"."status" IS 'DRAFT: DRAFT\nIN_TRANSIT: IN_TRANSIT\nPARTIALLY_RECEIVED: PARTIALLY_RECEIVED\nRECEIVED: RECEIVED\nCANCELLED: CANCELLED';
COMMENT ON TABLE "stock_transfer" IS 'Units leave the source at dispatch (ledger: TRANSFER) and enter the destination as';
        CREATE TABLE IF NOT EXISTS "stock_transfer_line" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "quantity" INT NOT NULL,
    "received_quantity" INT NOT NULL,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT,
    "transfer_id" INT NOT NULL REFERENCES "stock_transfer" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_stock_trans_transfe_46681e" UNIQUE ("transfer_id", "product_id")
);
        ALTER TABLE "carrier" ADD "archived_at" TIMESTAMPTZ;
        ALTER TABLE "channel" ADD "archived_at" TIMESTAMPTZ;
        ALTER TABLE "product" ADD "archived_at" TIMESTAMPTZ;
        ALTER TABLE "supplier" ADD "archived_at" TIMESTAMPTZ;
        ALTER TABLE "warehouse" ADD "archived_at" TIMESTAMPTZ;
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXVt3m0i2/iu19DLOOpqs2I6TtOZJlkmijixpJDndPdEsGqOyxTECNZc4XnPmv58q7p"
    "cCAQIEZL8kGGqXpK+Kqr2/fan/9HbqBsv665GgaRLWegP0n54i7DC5iD7qo56w3/sP6A1D"
    "uJettmKg0b1uaIJokNsPgqxjcmuDdVGT9oakKuSuYsoyvamKpKGkPPq3TEX6y8S8oT5iY2"
    "t9m2//JrclZYN/YN39c//EP0hY3oS+rLShn23d542XvXVvrBgfrYb00+55UZXNneI33r8Y"
    "W1XxWkuKQe8+YgVrgoFp94Zm0q9Pv53zQ91fZH9Tv4n9FQMyG/wgmLIR+Ln3vH+vx/PT2Y"
    "pfciue7+UASFQVCi75qrr16x/pV/j7xfnb928/XL57+4E0sb6md+f9f+2P9oGxBS14pqve"
    "f63ngiHYLSyMfVBFMtBxWEdbQWPj6raPIEu+chRZF8fmQrsTfvAyVh6NLfnz3dsUHL8OF6"
    "PPw8XZu7ev6AeqZPLbL8XUeXJhPaJQ+9Ba/+eA1m1fDrTuDR9b/1WtHdyLN28yoEtaJcJr"
    "PQvj+4zvt6r6xJuanAfmiFghtJ1p2kywrzKBfZUC9lUcbFHDFA5eMOJY35AnhrTDCStGSD"
    "IC98YRfe1etHGqkx+4mSnyizMxUsBfjW+55Wp4O6cft9P1v2QLv+GKo08urLsvkbtn7yLj"
    "5HWCfhuvPiP6J/rXbMpZ8Kq68ahZn+i3W/2rR7+TYBoqr6jPvLAJLLXuXRe10KgLmriVvh"
    "ca9ohoCePesJeuJcPsYhIbZ6pnPTwFlAJ6414Qn54FbcOHnvgTQt9K+x2mCMSmw7Uj+vHL"
    "AsuChWZ83B2Fc+l009pR9++6Lz1FT71Qk/CMP9pd7KJ3BEV4tH4S/Wz6Sa5+vhUUBcs9lu"
    "ruPEpX3QONQHUH1R1Ud1DdT6q6C7KsitYewdNPNvDjCxtuTjF3FuRj8hUFRcRxPYPdVX0j"
    "0ZsvxrPFePVHL994eHID5F6tldFktiS7+QA5F2tlOZ5+mnD88vN4fstNV/zH8YI+Z97uFR"
    "nf8yzDe548uueswX3m9b0sMZTGa1WVsaAk6IxhycgY3hPRqgbRXbzq1ROvZ7NJSEW8Hq8i"
    "ON/dXnOLMxt+0kgycHBz8EGnioaqbbDG71VZEgu/Tqx+anyXroejL7PFDbfI+zJ5ggPkXa"
    "6VBfcrNyJvi/1/kdfjlwxvxy+JL8cv0XeDfIjwhHkdE6uY8XYk7zAxwe7xFpXsNMRI2mPR"
    "4HXhARsvZItQxaecq1JSFzUuT96d1q5PwB8lvwXAHwF/1NhhLpc/slSLI8mjGe2jhe95In"
    "UUcmoIGt6qpo55WVKejkTKIYd+c/vsEmhV8m1zTd2YFkcW49vcR/00vm0faAR8W237aMV8"
    "m/5k5tHYnebAtgHbdmIb6J7oUjm54oBIKYZmp+fvXpNEBro3WJR2gswG2JOJKra20GtHuI"
    "UTOgXdG240vh1Ozs7f9i8iFqML/Nt45IGpaVhJYrQSbMaATI3s1d3yJidvVXAOX2aYwpeJ"
    "M/gyHkkjPW4N/lETdgyNM1FxiIodViGab5WVo0QA7wG8B/Ae3eQ9guO80dQ9DYnhdXO/ly"
    "Ws8bksryRxWEjthTRGMaUgH4f9o6qRDUr5gl9iLq+EqKRAV+0CO4klIbc14dkjCBInHMGC"
    "IIBtVWxBXovFeEQGIDOjR8kqXAatNyH9tHAry0TtWY4josN9d+iiI8LnaE8T2lFXsdqbZB"
    "sUdMyXNr3mTo+dn2bqw8PRFLu7EgbYzi5CRZ4o+kM588t6J1dOh12bX1WS7d6uy2Dbgzty"
    "Mt0eVAGAb2+VhtdP4dshvhUY95Yy7jIWSE/EPOc3wkseSi0uWMgWLAT5+0avE0CpAaUGlF"
    "o3KbVCoUQel+FEWxxrH2Y2dZo5+OmWjp8lcSRMQ6+jjiIVZh7KJB1auJ8A4VAuVHTN4q1F"
    "S8PkW+vHLlo3pD+aS7uwe+sSbFVSDn5AJINzCEVLJpMOz6FmwDrUpuIC6wCsQwsXuhpYB1"
    "E1FUPLFyjli3QR5SwYJyMczyV7dHbjrPD6Et1L1zvPNIXPU6bwOYM4IwqPYbJW4I+yKiSR"
    "ZgGhCM4PVKp9SKfFUM7uriccmi+40Xg5nk3DFrz1kN7yIysX3HASRVlVHgvAHJQCnDPgvN"
    "ckVZMMxoqcqKYFReqjfsmb2Gh1DchfIH+B/AXyF/jM3JSTU/sL0kkhUA/o8kYgJpHJZQj6"
    "sW/jnPSzIt10FScoNZkFJTeEUeclBjNROICxq5PKh0s1WdXJAK+KK5maZHPdJZxC4D7rp9"
    "YyDbYCt0tds6VqtwveCVKuMu6eQOccLxdXWTwvpFUyc311Wt9LwzbSOlwvQEv9JLRUIboC"
    "yl7VrGfYYDGUDA/FZA1D9ZqUql58C5Zhxz8MrCmCzGv4oUd+SeihtMG7vWrQAhb8E37p/T"
    "uimXwjy7BgmNa3DiwfdjeOekQTO60b4U8CpaZWpSaIfR7dJiLXQdf8+cWHLN7jiw/J3mP6"
    "LFJdN/Li5ICcIdo91acS0J1IRtKl8oi1veasA9lDJJjiHZzy5QdUeYt9Xu0+Jti9uV6Jmu"
    "/vu3GkD9dW96XrPJ2Am96Mp596+UB3xQbIuVgrsyn/eTa5GSDnYq14hda5m0DVdY48mQ8X"
    "q/FwMvmDJ//MRkRVJy0YN9dK4Hng7nw8+mJ/un1Bexx9sTuh/wc/gR6BMA/379xaK94z78"
    "4NNxl/tb+xd7lWRsPpiJtM6F3vMvgZC251t5iGP8S9R6vMu0/dq16BCXuZJVrtMjlc7TIW"
    "r2bPN/4eP6ga5reqzNDx8szcaE8NXjRg/nZg/ran8l9tu1rJhf90895QDYFBvKYWrwyKQf"
    "1KHAQ/Xr+yCMCAblZ0rWSqAoHvUbkOrhUlR787aWt5Q+AjYg3WGZoUB29PT2bo8KE5zQ4e"
    "BqBTgKZuAUHm86Z+sWS7B3sFdgnFjZbcOs+NtifVPZyrISws0Iok1cQkIeMjQ8aHjVqh9J"
    "q4KCCeAfF2ed5r9W51y/EeHHRzvyk46GFJCLdoyqgz0kMSUxly+arDQvWl1DXebc1wI+UD"
    "NiwFyB4uWh6I8YioBXlLlY/8nloGcVI4UD9Sqjz83iYUKGfN4jLQDXTVVXjDb+8RBeDx9+"
    "OTNKyoLO57tjSNtkAeTrmHAvkHMTpNUmcroYIksqYmkbUSJqhLVwg2DT+YyuZIrBZWJ92F"
    "yDC1Y9fzhdVJBydT5SHwtk6VFAfvaVwHguF57DU8FBLfmykYYepVReoDEhRkdfA3HW0lon"
    "BqLwP0vFURVe7JlybXgtEn/2KFNKV/vrzuRRAtpcPD2X7fnF9Kw+YhSL7OIPknSUmIS2Pj"
    "6rbvoMe+fFfbg6bu+OOiViNdNNjxBkF/HQj6M9Qj52uoA5itMFurnK0aFnRWPNQK/0hQC3"
    "yJBs/NMpy7K+73Vcix5OJ4djv8/VXIuTSZTT+5zQO4jyaz6wjeRPVUGQxvsrbgCXRQXYBM"
    "dnCthtoVd6h7xk92+yYoAs6/w84/L638SOdU1+oA9COeqeC8CrmlRsPlaHjDpXmlKudTLP"
    "dLEp3i+mYOsSmy267K8kVBQoPWAdCfTGA26mU2KOQ5VBWneQcVFThKom1a4F+moBj5KpcH"
    "RUAfYIRZkd9l8HtNEhkzNzUbLCwIKWE4OLHjKWF0e+WLZN2FBQHnAziDzVD+GuGcZZkP1b"
    "AQ4Aq2WH22GGPyloBr946BjCIbfmdzh19WaegGoucYlm44ti7Z1BXC7Q7GDdwRJUenLn5V"
    "wbaPH9H9GOmqqYl4g6gbEgnIO3YRnaka+ZtGLv2dRi4h3TlC9FU8hKDEvtfKWlltsS0v6b"
    "Ql6a6PnPF8NfBCFNBW0K0PtJruyY3ll7v80Qh9r26QZcZ73zHyDCz7Oi172KarUX/A7Cwf"
    "0xbWLCM7ILf46vh4c3jUXTnqJbavqOd4wg2X9j37Ku6zLuJLPn+XpRhB1KUTqEXwDjxv4H"
    "kDK7qSJc9R1/LBGpEqhGzDwjPKBjaqfWZENioG0AJDcRKG4jl4dN2RyOY5Bq9hczcruNH3"
    "NkMWrruIlgDwMtBVN/GN7DiNYoFihz2yTmxiHAiZcnKTk9EdegkPE0O/bSVx63MzOtKx9h"
    "0jATn9/cO/RM+SsUWKalMzVrsNun9BgizHSaES+z102oP/i6NHOQBtUydtAwVEuqcWdhFb"
    "KCFSdQmRRmmHbcU3VT08cbRm4ORlhuISPpc5WWUJnASdTVkZ0YrCWKOOH/kFETnNSU1Fxl"
    "ZTzcetpT1IItZfW32jM8FQd5KIlv+coP8hGoeMN49ESFOfGX6s0ntnKi4BNy4oLs1QXAg6"
    "ZJxzcYS+RH3b6ptGwxvM2rJ1+Bx4BkUA0BjhKjxg44W3Fp08jGtEDICNz1Sb4NqrEutYrZ"
    "TpGpEDaJOgLeBzZokCwFGAZfU5aUW4VlUZC0pCGG5QLgLrPRGsCldXYag39PZ6NpuEXJXX"
    "42ge7N3tNbc4O48E5jLqeFrqYSEHckiyBAdyMwnZpvuLXUxSHcbWQ2cFyvlmRUVrfLm8O6"
    "19u6DmdPLO0c7wDMbrFi+0CJF+QBm3ANsUyhjC8ksOywfOuDjAGUMKkknjIJf7HZdR25Wa"
    "GrdOXx1CvtLikmHQkhj2IKqHSPZdsO1Bnt1KwbDI7AFyqE6r4KNL0yEyzZBBGunmzsr8IN"
    "c6RuSzDUGPE+vHd5clpyO8uITeBLtEg+9tyF+H8lp6/Flo9l8uLi4v31+8uXz34ert+/dX"
    "H954O2b8UdrWeT3+RHfPkG4JyR+gEnYP26Q6ddmSQI6sWVcTuER9GHHj+YpmelgXa2V48+"
    "vdcnXLTclN/3qtjGZ39Jb1H00RsZJFvKwRL2nEyxmxU0bsfBG3GCFPtZXZ6ItbktD92y11"
    "6D8P/71WVovhdPmRWwyQexXdkE6TgOLsfLy1reX3NfpywIUneRxzYxsXBHCj4EJRyKrLAW"
    "n4AWtYYVWuSUY5JNSFYqeVF7VSDQbAyaVk3fZdwDaNMq6ikGy7ki3h2NBSci0jBnb2XTgu"
    "CFbGYeI5Ej15bDpQKGazZUhnzgiKTbRGJQXNTU3cCjq2swoZtF+4QT+N9ts7TXnPHV1xPd"
    "RIthVUVWlalGsLK1XcLIYfV718eNtCA2T9t1aWFjuxdHiJ6cfx4tY6JMG9DB+SMOLGX6OH"
    "JNj3KC/hPvXvsY5dKMI2XGSzKlKMCtB2T3hsAtGKdoIhiQy/waGAIU8OooVyRAvhH3ssFj"
    "MwIqIQjdec8CCGSYEVo8AYB8RgfJs8vsAT/IQ8AYR6dm3Us4R6nq5qVOMGGTz7jcY2jXM7"
    "Sf2dpoFcbgEeiPcsjnCJ8Z60jvKRsZ4hetI9rqkjyFca7xkH7hD5e/gwrDABXNGpWN8YPL"
    "MbEA81DU7J9kKt5yrCjEQs0WihQknNDFkINmKe4iQSy4NhGh48xMmVO/psofYwPoWOFoIQ"
    "64qOFwpvufngZckCyhny72IKyLFpeFEne8vwzpyMx5pxcAxRqRA39xgil35wB4GVZBZp0k"
    "9NM3Nt/cD8OJxoNvTO/vkbTfx6wBp6sA4HcnoZILqn95GMhQ2inG4f7SRF2pk75xQgV5uK"
    "J52V2zXT9gmyQWD1NMHqKaA5lqY0NnSRKk1rFE2NxpszjJ7kIPWgTI1xQ3fLvIfbFIxSv8"
    "wQtnOZGLVzGTtblaxFPF2L+I3wwiDjEteHuCAcAhHXz531nS9cmSy5g/o09fOWgA1GZtdO"
    "3+kisuDrq8HXB3ZkdXbkiQuBz0kvwiPbX+U86qd6qQKNKs5P2Ep7WgElf+0PsMqOtMqeyf"
    "u8NfhHTdjlUWqjYrBpscrAWqYIv9vlshYCMmAoMCKqpE1eTIMiAGkc0q39MufCNCQDoDJs"
    "gcCelsMWCEvBsprBFnAgK8MWCHTVMpAz2wLhCdYofVUSn1aC/tRjKazus3SNlbTiDbdZhv"
    "P1BAPRo+2oHD1RRpVlLBq65Yyg921ng6RYf3jxfKwD9Yp3lEU/TkjSpfNYk1TN4bkCaRdW"
    "am/QdwhpvZDWm4men825aU5+3pIZIPrvWhkul+NPU5p0616tlfGUny9mnxbccjlAgT/Wym"
    "zKf55NSGPnYq3czKbcANF/y8vgLb9eWPC1y0yf+iIQWxYrZKXrZKfGuaosBWW6kBpdQzWr"
    "duX0QXrXAJL6YNSLJvUZglZs1MOSkKXdnEGOv9uiuttT+63Y2UdhWRjpJo90gcBliFeG9N"
    "ym0HRlhYB3PfQ7X8Q3JOW2OinXYTW7lo8bUkNFQTn2nBrSBfe9W7w801d0LE7Z3RfN1NNq"
    "zuwOvn0pPocM+dyu36GyVG7XqRGINoJshlNS+xBCW5Hb/MnMwwE7zTt4mkH5RfbvBU0ka1"
    "ceeAMi3WPYK0BYUnhZFb1tOjPMETnA+jDWUESjgrwQGr5QqIQGQxKcnPGQMFUziqAbFwRw"
    "o+Ba6ncubSwgAavBYQLPNUGOzQgJRHK1DOCsJFNgYjUpvs6nUVgFBYIcS0opAdKMx99znV"
    "ZLZZCsPg4QEdRerL/7SBBFvCdDj1QNKarRt2LlaG9YuJdkZtmAYztLtaxFWaJhkdYPPNa6"
    "hhNp6bM6TqSNjFoOnTsuCVr3Ya0bDhysOkRrg79L+U4b9CW6N4PPM0F8ngLxeRziExAhzZ"
    "7IYJ03VR+PnKRLvx9z1mY5ydqVbvIE7g1HI26+suLHnau18ttiNv3Ej1fc7QD512tl9pVb"
    "8PMxPWjau1wrtHd6NbyecAMU/CuqUJ4mdrxGhrvRS3v5iw5ENydD38441yzRzUD8APEDxE"
    "8/jfhx40JYvE8gZiSF9gm2qrYWiBf/ZuUwioKmsQ8udbGGlEZIaUxPaZwPR1+4vEUHHSl6"
    "3Cj9f63cjJfz4Wr0md7zr63kxtViOF2OV1Zuo3NNlNO7Ff9xtuBvuMmYKKd/EB01cof0aV"
    "9ZXbqXa4X7nSq+49l0gLzLJh9nSleDJ/IFeDL896wY32TlliFaiqJ72lewYjUX60QJtdRV"
    "sk5LlAUvctRmUieQBNLkJBBak6uQhRMSBAOnKYOexcDZSPpeMMRtoXGPCcP73eT321mMiw"
    "11RBZGuskjHbZsMlopYSEouxUnyTeauuepucprmPxAPWeEdpI4QB2HGhJSuxDF1vFJesoM"
    "3w5CCwm+h5STjiT4NmzulpzfG11y63VvtBTbJO8GG9aYJlUCxjekT+qwWPg9dhPqJDU0A+"
    "6OiVAC2iO/p26iHLamjigF4FTKP7YagF9vvyNbX2hillAvwXVWdrlegucSsaLsjwRs5XTW"
    "ueoJdbjLk+oCRGfhYbd5RWUBYr5zOEcjcSZBPYA24Qz1ACBGu53TFU59gFMfTq8f9dtz6k"
    "NYRWWoWzEdNlnfCuvOoHB1WeFqXyBifrAhCDFBmYkHIaqidZ51kbiJiGgHg6O6FDdRpL5S"
    "t2srVZKGDEGmP+8rpmGROimLrKUR0Q6upR0ONAXjFYxXMF7zGK+uQzrJVRB63k8zXX2Pb0"
    "2+goBjGSxXcBW0dJEFVwG4Clo6XQvFp5cQld5FXFN0rVNGnzUN6qwaV0rQWUMULncMUnSu"
    "wDBlUbsC8+RwWculRR8jcSsoj1hHKjEHkbHVVPNxi3Ss0Xps+mvaN+0anUmGjibSAxZfyF"
    "r7Kl7Y8vjumKUtvYhs3dzvZRrKF61q+c17BOdEgy8jT1GFBffPO265yl9XwRMcIO9yrYxm"
    "04/jxa3lWHAv18ry83g+p/eciyYfCQ3Fp5Kh7y5lBkfrdm3UGQx5LEaX/NIHSdsVPHQ1LA"
    "uukOYMNJsS3xc7RDkkCaPc5FGGTOYK2LiwYZHVmRSWAmQh7/Y0ebeeyXw8sMtAVx3FNvLa"
    "HpFKB0ehJkBedi5d1DXZkZlZaWbYAj+YSpgPCz/pp3GNmt+mzhKqGjZMTeHB33sqdk/YqS"
    "Yr1uMGi9JOkNng+kJR08GWeu1It/fVZYF5w43Gt8PJ2fnb/oVlDxArQbK3EZeUexsLVbSi"
    "dxWR4ZxMOf0nINNBD/BlBnbzMpHcvIwirKgGo/7ICv9IWBnc9l2ItU2zc7nfVyET14Xw7H"
    "b4+6uQmTuZTT+5zQOQjyazazhhqebQZmDqk9FvJ2ebhakHjqeKEJaoapkdXKYslFkDuuck"
    "dE94NpYA78LqsPOFqphvcQhu8k3Q9G4yOVXEkD0QSQHagaf9dNvd+p3VxGZHbXRrVvnxvk"
    "cdRQvWO0RrNwhniNaGaO1WTldiGOn5ko59iQ5O2qtMhvlVimF+FTfMibFnqNYxJQVmMFu4"
    "vrn8piUTmR4IourFMGbKAsTNNIsbt4BUnedxYguuaXiXZ8KdOOcjPBCJRlymfI/4LKnNFw"
    "tmG6RU1JlSMR8uVuPhZPIHv+BG3PirXUcqem+t+E/dq14BhbD8ik7gCANHGDjC+pCyAqNe"
    "QsoKuD/BM9cQg+OwZy5LoLAdTXlkEKwfttkN91zZQcJh91hH5mOlIcLDvbRSn7DSY9ip3r"
    "N+mokq7CViUrrNqrROwSKt0yK1/o/BmmzOuO1rtEBzGp5NsmWsN4bfCvo2D8ZhqXKQPu0k"
    "rti1uCfbrvQjD8S+RAfN8vLLSGiqnLBKHGatXNkmA90b3tyOpwNk/bdWZvPlAJF/1spvww"
    "X3eXa35AbIu1wro7vlanbLLQbIvVory7v5fDKm99wrWhdksbBuORfkzufhdMpNyB37ogip"
    "Vf7w6qK6z7ULeAJdiKWP7ANXWZYn0ip5H7iKLVDAaSWj3052IwunhX/sJdJbkRLlIUko09"
    "AcCis+yhr+rj4VLEselIRRbtoox1i103iaf8P3W1V9GhoG3u2ZruZIi36aIf9styWTzm98"
    "sLLgTMFoPluukPqABOQem4AEZYOet4KBRPJ9EP216IxY9X4DWX1kFBY8ureSSYRr6fFn4R"
    "F+ubi4vHx/8eby3Yert+/fX3144xEK8UdpzML1+BMlF0LvY4akY3vSFVoto7Id1IXavmCG"
    "bAorWIGM34ZhWSRX2glLQeZVPI5PJr9cEV/4HYNFT8Q1LAR+MwauWNPyRXZ4At0zgqsKpN"
    "6TD8U8/iFibc/YANLC1uOyHYT9/CIL7OcXybDTZ5HQaveQq7yqT0SwS4tGDWpQikveBbYE"
    "r7yj+d8EemzZiGT1z0dmY5NCgaODkGyhBcfpsIkWnCdl53bq5r0vTRpZZ9Oy8jq/BcJOFf"
    "zDcA1HqoX/m1ZyivYkPBI18pFMQHuuhu4cUc4djLS6jDRvKuTRhb4nnrXWKEdPY1yWNmA6"
    "/ivfTA+Jdcg6qmXKB/3ye0nMM789AZjcGSZ3fAvIHC0fk+wg4JdZtPzLZCX/MqbjR3fY7A"
    "tKVBK0/MKLyl54kVWBgf+vy9k0IQzFF4nSmZJooP9DstTmLD8WlhSMEIcZK08XrUTXD5OT"
    "tINoeTo4Z/2nYpXZO0pDE+jm3PRmPP3Uyze6rtgAORc0wmg04rgb6+Qh93KtfByOrYOH7P"
    "/XyqfxV27K380HyL2K+t9OE2PkmI15SOugCOTzR7ebqDGec91jiMPa1+i1D4LIkt+t7gaR"
    "EdXEpgELhhhFpSHMqMnvOKTBdu0dZwx7LCcuSKHnPZkoJtklC76qpNioz6IcL9wy0mvLMM"
    "/qiWPMueIJs64GKquPDOIqR1JoPAayI/BXmhjKmrnJ7svoBD/swow5ByFztE1LaD/FTWhq"
    "ch5m32neQTr/4k3W1NHU3NFYvJSOid2WK0rKl+ggzOcXH7JwUhcfkkkp+ozhCGRwUsmUvS"
    "8BjP0xjP0zgYdPzitNIOtDUt0LACyfdrURy53gGRHrHtKVpHkSxUb6zsD5WiUzVlASWG5P"
    "KILyPZGqaiVxFZF6V5Lr2WwSWkmux9Gzp+5urzkyxSPHrLGi4PUC4TNBqc54FGp2c9MvgU"
    "WTTlr+QZBkU2PV80kcgiTxzgxHaQ4eUdJEUzJ4sgYrvKkYEkPfPsD7M3sABrg5VCB4ebrP"
    "ACd5eXKkF8dyB6Rja6h1N3GgUr5sZhr36g+ORuH2GDxZ8HE/jR9TrYY89lpWW+97b94Tu3"
    "SL7fB7ov9A7H0zY+9za7RlhoL/NPhDIDgEgjcBcAgE7+SiAoHgEAjessFokr2UyUwOabQ5"
    "2NaQXI2Eq3enVYxrQypgLTAlyVXlV/W+x7C6go/76ecs2Q35/3VaHix8NUSuDDJoaaqdqR"
    "toSz4BK0h4MLCGBCSqu51koLN1zzrrDwmaRmzqDelTkmWrjpVVW15f9171e5EBLf0D1sqz"
    "JhkGkZZojxjptJgW+ZWK7nyMoCPJ0JEomDp5qtofSz5EE/QtuasoqoFklTyTjNdrZa2sSC"
    "d7TRWxrttt7a+jI81UaFeI3FIVEf8D/SnKAlkZNzbV+CeS7E8iL6OOX6MhIqgjnTyR1wox"
    "VLEl5bcgv9rqExHbGJ3R2+6nbiS86SNVs36PBxclj/HmFf0UIrUmU4e8EOie1hF7cUX/pv"
    "vtn1XtCWuvkTtbdIIj+fgN3u1VgpcBlcWar2MlG85PkpIrYd1t30GrooL62qDQnkqhBXfA"
    "T6HOhnbO3CMdFa5nsOvcZLo01pAJWXpFRN3gE8r3rfCPtFiQTtXwS3tJuN9X6XuT945MZt"
    "NPbvPohtUYi3BJDaEVtWoeLC09ZhOGG/TTrELLqOKNYNuDduGd4tgt37FtZammRowZYgrR"
    "08gFQ9yiM2KdPGJtgFaL4XT5kVu8siocE0sD25YM6dKQFMExymKWYfkfsVbIvRfL7NGwiK"
    "kN+Q9qJt5j4xljy1x8IdYd2UaokfinpBBLj3yZP+kDDWe0j7717C8aqfVFK4UFvs0xlcB+"
    "FosKTiH2gb1ZDD+uevnwtoUGyPpvrYynvPWajMkt//qYE4npAS/TETex6i94l9EXOVsKQa"
    "YEghznFCuqwfC3Je+GbnvYB7Ptgywb7Z5R0TOZgQhLdZCHqORENXfvK2QSx4QhFLLJhpKr"
    "pBSqexAShXFu8ji3i+OqVRPsVsQrVLro8qgz3vVYpYu4CZjRtosLdilAqTQqLGR7Z4Q2JA"
    "OoZqgeYgEWRzh/3RBBw1vV1Nu4SGWuFhKcXaE6IQuymCzGo1UvaYUAhDMhHF8aE2DOkl8i"
    "S8qxqSUh6nVC+usQ9pUml8SBO0Rsu+hmJbd52RUo+TiJIHu+19SNSbqOniQBJG+dJO9fpq"
    "AYksGgpBKhDYqAHsDQrjxWoQC4TFnw5cZi5+3FI58GGxaCqctKdHJ3gFzARqQA2cPGQXAn"
    "PFJ5jfmwW4Z0VgU2MsvYxQQZi0QJEM/9njoKbnhtzG0ZVKnvDs2NZCTmUgeepmq4Am2XI5"
    "PaOn5aN0UaH/5gyoj6s/Hfxa2gPBK80c407HiJMzeQ/v7FiqXwHuylPaZ6dMLJ1uV1DcHo"
    "LQ1GV/cUMCaDkVJyKyhUlTu41rGoOrlYNPId2OsJgLM9m7PdAix3kb6wVAexruBwFAsyQ3"
    "3COd0iccGKDgVsHzUSRdf6K/c0dqW6EBdVw4phb2L5luWgTPdgPs8E83kKzOcMmO//FxOd"
    "Pm9RjYhY98AuX8lwIMt3Gm5IqCKUT6fJVTKjJWVvMgz65ARDT+Co9MKGzWbILmzMlG9nDE"
    "4JtQYrZXywJonbHovtsZ/0U5kevw0cI9EuZTyZK/mONT0nUxIQ6aB1eXF1lUUvv7pKqUx+"
    "FTMwyUuVA2GneQfRrUR5IZ9oOPRzVvUlIAL1EXJqMCfdzP77/3I9Kp0="
)
