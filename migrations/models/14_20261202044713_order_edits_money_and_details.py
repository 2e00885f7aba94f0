"""Order edits money and details."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "order_payment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* AUTHORIZATION: AUTHORIZATION\nCAPTURE: CAPTURE\nVOID: VOID */,
    "amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "reference" VARCHAR(128),
    "actor" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
) /* One payment event recorded against an order (the gateway's, reported by staff or the channel). */;
CREATE INDEX IF NOT EXISTS "idx_order_payme_order_i_e9fb12" ON "order_payment" ("order_id");
        CREATE TABLE IF NOT EXISTS "order_tag" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tag" VARCHAR(64) NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_order_tag_order_i_84318b" UNIQUE ("order_id", "tag")
) /* A tag on an order (the orders filter finds orders by tag through its index). */;
CREATE INDEX IF NOT EXISTS "idx_order_tag_tag_f48b7f" ON "order_tag" ("tag");
        ALTER TABLE "order" ADD "metadata" JSON NOT NULL DEFAULT '{}';
        ALTER TABLE "order" ADD "billing_postal_code" VARCHAR(32);
        ALTER TABLE "order" ADD "tax_lines" JSON NOT NULL DEFAULT '[]';
        ALTER TABLE "order" ADD "discount_amount" VARCHAR(40) NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "billing_line1" VARCHAR(200);
        ALTER TABLE "order" ADD "tax_amount" VARCHAR(40) NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "private_metadata" JSON NOT NULL DEFAULT '{}';
        ALTER TABLE "order" ADD "billing_country" VARCHAR(2);
        ALTER TABLE "order" ADD "billing_region" VARCHAR(100);
        ALTER TABLE "order" ADD "billing_city" VARCHAR(100);
        ALTER TABLE "order" ADD "phone" VARCHAR(32);
        ALTER TABLE "order" ADD "note" TEXT;
        ALTER TABLE "order" ADD "shipping_amount" VARCHAR(40) NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "discounts" JSON NOT NULL DEFAULT '[]';
        ALTER TABLE "order" ADD "financial_status" VARCHAR(32) NOT NULL DEFAULT 'PENDING' /* PENDING: PENDING\nAUTHORIZED: AUTHORIZED\nPAID: PAID\nPARTIALLY_REFUNDED: PARTIALLY_REFUNDED\nREFUNDED: REFUNDED\nVOIDED: VOIDED */;
        ALTER TABLE "order_line" ADD "cancelled_quantity" INT NOT NULL DEFAULT 0;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "order_payment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "reference" VARCHAR(128),
    "actor" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_order_payme_order_i_e9fb12" ON "order_payment" ("order_id");
COMMENT ON COLUMN "order_payment"."kind" IS 'AUTHORIZATION: AUTHORIZATION\nCAPTURE: CAPTURE\nVOID: VOID';
COMMENT ON TABLE "order_payment" IS 'One payment event recorded against an order (the gateway''s, reported by staff or the channel).';
        CREATE TABLE IF NOT EXISTS "order_tag" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "tag" VARCHAR(64) NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_order_tag_order_i_84318b" UNIQUE ("order_id", "tag")
);
CREATE INDEX IF NOT EXISTS "idx_order_tag_tag_f48b7f" ON "order_tag" ("tag");
COMMENT ON TABLE "order_tag" IS 'A tag on an order (the orders filter finds orders by tag through its index).';
        ALTER TABLE "order" ADD "billing_line1" VARCHAR(200);
        ALTER TABLE "order" ADD "metadata" JSONB NOT NULL DEFAULT '{}'::jsonb;
        ALTER TABLE "order" ADD "private_metadata" JSONB NOT NULL DEFAULT '{}'::jsonb;
        ALTER TABLE "order" ADD "tax_lines" JSONB NOT NULL DEFAULT '[]'::jsonb;
        ALTER TABLE "order" ADD "note" TEXT;
        ALTER TABLE "order" ADD "tax_amount" DECIMAL(14,2) NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "discounts" JSONB NOT NULL DEFAULT '[]'::jsonb;
        ALTER TABLE "order" ADD "financial_status" VARCHAR(32) NOT NULL DEFAULT 'PENDING';
        ALTER TABLE "order" ADD "billing_city" VARCHAR(100);
        ALTER TABLE "order" ADD "billing_postal_code" VARCHAR(32);
        ALTER TABLE "order" ADD "shipping_amount" DECIMAL(14,2) NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "phone" VARCHAR(32);
        ALTER TABLE "order" ADD "billing_country" VARCHAR(2);
        ALTER TABLE "order" ADD "discount_amount" DECIMAL(14,2) NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "billing_region" VARCHAR(100);
        ALTER TABLE "order_line" ADD "cancelled_quantity" INT NOT NULL DEFAULT 0;
        COMMENT ON COLUMN "order"."financial_status" IS 'PENDING: PENDING\nAUTHORIZED: AUTHORIZED\nPAID: PAID\nPARTIALLY_REFUNDED: PARTIALLY_REFUNDED\nREFUNDED: REFUNDED\nVOIDED: VOIDED';
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXetzm0i2/1e69GWcutpUbMdJxnvrVskySTSRJa0kJ/PQFotRS2KNgAFkx7U7//vt5v"
    "1oECCQgJwvNmr6NNKvD93n3f/pbNUllo3XfUHXJax3rtF/OoqwxeQiequLOoKm+Tdogyk8"
    "yFZfMdDpwTB1QTRJ80qQDUyaltgQdUkzJVUhrcpOlmmjKpKOkrL2m3aK9OcO86a6xubG+j"
    "Z//JM0S8oSf8eG+1F75FcSlpehLyst6bOtdt580ay2gWJ+tDrSpz3woirvtorfWXsxN6ri"
    "9ZYUk7ausYJ1wcR0eFPf0a9Pv53zQ91fZH9Tv4v9FQM0S7wSdrIZ+LkPvN/W4fnReM7PuD"
    "nPd3IAJKoKBZd8VcP69Wv6Ff52cf72/dsPl+/efiBdrK/ptbz/y360D4xNaMEzmnf+su4L"
    "pmD3sDD2QRXJRMdh7W8EnY2r2z+CLPnKUWRdHOsL7Vb4zstYWZsb8vHd2xQcv/am/c+96d"
    "m7t6/oA1XC/PZLMXLuXFi3KNQ+tNb/HNC6/cuB1m3wsfVf1aODe/HmTQZ0Sa9EeK17YXyf"
    "8cNGVR/5nS7ngTlCVghth03rCfZVJrCvUsC+ioMt6pjCwQtmHOtbcseUtjhhxQhRRuBeOq"
    "Sv3Ysmsjr5gcuxIr84jJEC/nxwx83mvbsJfdzWMP6ULfx6c47eubBaXyKtZ+8i8+QNgr4N"
    "5p8R/Yh+H484C17VMNe69US/3/z3Dv1Ows5UeUV95oVlYKl1W13U/qL77+oxsFnQhgdBfH"
    "wW9CUfuuOzh7GRtC2mgMS448Yh/fhlimXBAjfOB44gMnOGad4r+JfL9m6rywwUPfVCTcIz"
    "fmt7sY22CIqwtn4SfTZ9kiu3bQRFwTJTpHNupYt0gU4g0oFIByIdiHQnFekEWVZFa4/g6Z"
    "NNvH5hw80pu60F+YB8RUERcQz6hKGONxOdyXQwng7mv3XyzYdHd43cq4XSH45nZDO/Rs7F"
    "QpkNRp+GHD/7PJjccaM5/3EwpfeZzZ0i83ueZXrPk2f3nDW5z7yhyRJDhrxRVRkLCvs1il"
    "BG5vCBkFY1ie7iVZ3EwIL3ZjwehiTEm8E8gvP93Q03PbPhJ50kEwc3Bx90Kmio+hLrvKbK"
    "klj4dWKNc8R36abX/zKe3nLTvC+TR3iNvMuFMuV+4frkbbH/F3k9fs7wdvyc+HL8HH03yE"
    "OER8wbmGhLjLcjeYeJEbZPn61kpyE6koZFkzeEFTZfyBahio85V6WkIY64PHktjV2fwK6Q"
    "/BaAXaFjbTkHGhXGdIwGzn+iSSFkBBV0vFF3BuZlSXk8ECnHaPDNHbNNoFVph5no6nJn2U"
    "5idhj3VjfNDqMFOoEd5mjra8V2GONxl0eSc7qDFQasMCeWjR8EPa8NMUBSigLSav7VdElk"
    "oHuLRWkryGyAPZqooGsTvXaIG8jQKejecv3BXW94dv62exHRJFzg38Y9lTtdx0qSpSNBlw"
    "jQHNGqcT+7zWnPKMjDlxlY+DKRgy/jnndpvTH5tS5sGRJnouAQJdsvQjTAVFGKEAH68I+n"
    "DwdnfamrGnWh88ZO02QJ63wuiTyJHF4w+wWLmR5SkI/D/lHVycKlfMEvMRN5QhRDYKhmgZ"
    "2kPZNmXXj2FMdEhiNYEASwvUVPyVsxHfTJBGS29FAjBi7D3DMk4zRwictk8rEMzWRvf3LM"
    "CAeE29CRhnSgtmKl7XRxIxiYL429Js6IrWczdbU62PTqroQBK1hboKrSnuhtIAyDYnBzSb"
    "YoBnczMCk2SljpppgUIbQLjIoNNSrKRHnjqebJL4WXPFaDOGEhtaYQ5O9rvU6A1eDHsxoU"
    "8qJ76prjaDxUBM4szTVEvU2IQT0Qpp43UEuRCitXZepVDVxnQKcqFyq6ZvHWoqVj8q2NQx"
    "etWzIeTS+a2qO1CbYqVVE/Foihi4YChZKV0edQN9BGjyb6gDYK2mgDF7ojaKOiulNMPV+M"
    "gE/SRpSzYJyMcDy8fu3sxlnh9Snal8FwnomFz1NY+JxhUCECj7ljrcAfZVVIMqYEiCI4ry"
    "hV85BOCx8a398MOTSZcv3BbDAehRV46yZt8oOKplxvGEVZVdYFYA5SAc4ZcNZ0SdUlk7Ei"
    "J4ppQZLjmQTJm1hrcQ2MgmAUzGQUBDtXVlOEUyYDMmwgRgXMqLVATCLMZQrGoW/jhIwzJ8"
    "O0FSeoypSEUpUm0/6OrH7bhEqb7r1ual2mYC+wlx5NKqzYXoq3gpSrVKFH0DqL6cVVFpMp"
    "6ZVscro6rdG0ZivdMWymoE+CPgmlGmojZ9hgMYQMD8VkCUP1upQqXvwRLCmJv5tYVwSZ1/"
    "GqQ35J6Ka0xFtNNWnSJf+IXzr/jEgmf5BlWDB31rcOLB/2MI54RJNOrIbwk0CoOapQE8Q+"
    "j2wToWuhT+384kMWt8/Fh2S3D70XqRQWeXFyQM4gbZ/oUwnoTggSGVJZY13TnXUgu2+TSd"
    "5Cli8/EsJb7PNK9zHC9vF6JWK+v+/Gkd5fJ9KnPmalVW50Oxh96uQD3SW7Rs7FQhmP+M/j"
    "4e01ci4Wilc0krsNVJDkyJ1Jbzof9IbD33jyZ9wnojrpwWhcKIH7gdbJoP/Ffrp9QUfsf7"
    "EHof+DT6DlXCfh8Z2mheLd81puueHgq/2NvcuF0u+N+txwSFu9y+Azptz8fjoKP8RtoxUz"
    "3bvuVacAw15mCTO5TI4zuYwFmtj8xj/glapjfqPKDBkvD+dGR6rxogH82wL+bU61mqPtai"
    "UXqzF2D6ZqCgzDa2rBpSAZ1FzCQfDjNZeKAAzoZkWXuvE08kBe2NIY1LyMHKc+DeJVxU2V"
    "zsxkMSqEdJgQQE4DeSkZVkB1MaQZ1AD3Pp5OKH7yy2w8SuZnjyiKrySa6L9IlqpLper872"
    "qniBQ59LCTZFNSjNf0ef+XU88rA3QKUshh4wocZ3e9X6OySH84vol6YugANwnvQK5JCRHB"
    "pJQ+KStJIeqhJMj8YYYQ1jhNNIn07uefx9PB75b2511TxWtgqVqDiBL28X50G1XC7DaqhL"
    "l3/bav44HVYv+vh1L2IMkylZgKZAkxSGtsQqhHspCLWf6koThl+8CuJHnIY1NmykUG9mbn"
    "XQDc6XDTzYfsCLmra7PJ2wd+dUs5lWPPi2DuEbYP7UrcRxoBKRdzewTtA7h8dlZUkwHuHH"
    "9PiGJx+7cB27SgOu7Xebom4MXUDcejT273qHoQxnqLTYGGveTRzoI09VDO6GNbo5xpuvRE"
    "MOOLTA2LFqao9CmySvYUUJyidC10bJWsNjnFkfLqTBGyNuwMR5DgbfbMqS2FiADo7EAX1J"
    "NYtO2DvYIgGopbbg0pTNU+nKuJrrNAK1K6JUYJdUUy1BWxUStUxCVOCohnQLxZaWJHTcVo"
    "V5ZYcNJ32rLgpIcpITewLrPuYhSY9sTCKLkSq8JExyvcVPscK0bOQz5gw1SA7P7TvwIJiR"
    "GxIO+ZX31/pIZBnJS72o2c+RV+bxNO+mJxcRnoBoZqK7zht/eAk9Tw0+ElX6wUYu4pW9GX"
    "pkAeLuwIJ83txeg0JeIaCRWUpKprSapGwgSnHxSCTcernbI8EKupNUh7ITJ3+qHr+dQapO"
    "XMpAkvJaxUlpAwsYdqK1KmsC4DpbmwbhNCldf+seXzpAJAnvS+pwoQj72O+2oBdcYKRph6"
    "6JG6QoKCrAF+MtBGIsqL/nKNnjcqoooi+dLkWjC75C9WSFf68eV1J4JoKQPuL3P4h/NLab"
    "0gqA5UvuUquTrQo6QkJOSzcXX7tzD6o3y37UpXt4dmqYSHqLETF6odtKDagakeyK+hAYBb"
    "gVur5FYdCwYrti453NqnqDFv1jbgmoieKsNbkCwteAQtFBeghC+46UP9igdneMpPdv0mSA"
    "KO5P2OZK+e7oGOzrYVQO5GvJxBvgq5OPu9Wb93y6V5OCu3p1iuvCRziuvn22dNkd1+VZ7b"
    "EDRo0ALIxuMOLBvHtWxQyHOIKk73FgoqcPht06TAP3eCYuY7azFIAvIAI2SP/C6T13RJZH"
    "BuaimrMCHUwsNBxo4XsqLbK1+k3GCYEHDeg7NI5VRZJhpfgdWCTXy8daMpJ7SCYlY+ppqu"
    "LneimQ/VMBHgCgrv8RReBvOWgOvEH6mlyIbf2dzx0lVaEwLhrgxzQjgYNtmeIIT77Q3OuC"
    "eSpEHjKFQF24EUiAo9yFB3uoiXiPp6kYCe3bOH0Zmqk8801PBvNNQQGTtNkyWsv4rHaZQ4"
    "9kJZKPMNtuklg/Ykw3WRM5+vrr04ELQRDOuBVleNNMy+3OcP+eh6p1JYthLvO0bugfnkmO"
    "YT2KarEX9Aty8f0waeiEN2QG761XGk5whbcOmoK96+ou75Ideb2W32VTwwoIjD/vxdluoh"
    "Ub9ZoHjIO3BvgnsTtOhKljxHXMsHa4SqELI1i4EpG9io9JkR2SgZQAsWipNYKDxGLAHZb8"
    "GxmsW7WcGNvrcZ0ubdRbQEgGeBodqJb2THqZUVyCkJ4XM5wxYU69NNswi5JRhCL+F+w9C3"
    "jSRufNuMgQysP2EkIGe8v/uX6FkyN0hRbdOM1W+JHl6QIMtxo1CJ4+47S9z/xdGDwsFsc0"
    "yzDVT8aZ9Y2EZsoeZP1TV/aiUdNhXfVPHwxCGxM1MVH4f4CcsswSVwN1VkMWg/XvY67hVW"
    "+rQEONap40d+QYROd/J/kbnR1d16Y0kPkoiN19bY6Eww1a0kotk/huh/iMQh4+WaEOnqM8"
    "OPVfroTMEl4MYFwaUeggtBh8xzLhuhTwGRS1F5Rce2DJ8DzyAJABozuAorbL7w1qKTx+Ia"
    "IQNg45xqG7g0VWIdM5vCrhE6gDYJ2gI+ZxYpABwFWFafk1aEG1WVsaAkxDoH6SKwPhDCqn"
    "B1BYbjxjffjMfDkKvyZhBNNr6/u+GmZ+eR6GdG4V1LPCzkQA5RluBArqdBtu7+YheTVIex"
    "ddNZgXK+WVHSI75cXktj3y4oEp+8czQzPIPxusXL6EGkH5iMG4BtiskYwvJLDssHm3FxgD"
    "OGFCQbjYO23CdcRjFmqmrcOWO1CPlKK3iGQUuysAdR3Wdk3wb77rWzWykYljH7GjmmTquq"
    "pmumQ4TNkEk6GbutlflBrg2MyLNNwYgb1g8fLktOR3hxCb0Jdh0M39uQv9jnjbT+UczsP1"
    "9cXF6+v3hz+e7D1dv3768+vPF2zPittK3zZvCJ7p4h2RKSP0AkbB+2ScUAsyWBHFgY8Ejg"
    "EvGhzw0mc5rpYV0slN7tL/ez+R03Io3+9ULpj+9pk/WPpohYySJe1oiXNOLljNgpI3a+iF"
    "vxkafSyrj/xa376H5260n698OfF8p82hvNPnLTa+ReRTek0ySgODsfb21r+X2NPh3YwpM8"
    "jrmxjRMCuFFwofJm1TWXdLzCOlZY5YGSUQ4RtaGibOWVw1STAXByvV63fxuwTTMZV1Gtt1"
    "nJlnDObym5lhEFO/suHCcELWO/4TkSPXloOlAoZrNhSGfOCIoxWq2SgiY7XdwIBrazChlm"
    "v3CHbprZT3O68p47uuKis5FsK6iqUrco1wZWqrid9j7OO/nwtomukfVvocws68TMsUuMPg"
    "6md9ZJFO5l+CSKPjf4Gj2Jwm6jdgn3rt/GOtuiiLXhIptWkaJUgLR7wrMpiFS0FUxJZPgN"
    "9gUMeXQQLZQjWgh/17BYTMGIkEI0Xn3CgxgqBVbMAnMcIIP5rfP8gp3gB7QTQKhn22Y9S6"
    "jn6apG1W6SwbNfa2zTbG4nqb9TN5DLLcAD8Z7FES4x3pPWUT4w1jNknnTPxGoJ8pXGe8aB"
    "22f83X/iWNgAXNHRY38w7MxuQDzUNDiltRdqPVcRZiRi6anYsTdMWgg2Yh6VJRLNg6Ea7j"
    "0py6U7+ACn5lh8Cp3fBCHWFR0vFN5y88HLogWUM+TfxQSQQ9Pwok72huGdORmPxXFwDFGp"
    "ENf3GCLX/OBOAivJLNKlm5pm5ur6Af7Yn2jW887++Ykmfq2wjlbW4UDOKNeI7uldJGNhia"
    "hNt4u2kiJtd1vnFCBXmoonnZU7NFP3CVqDQOupg9ZTQHIsTWis6SJVmtQo7nQab85QepKD"
    "1IM0R4wbup/lPdymYJT6ZYawncvEqJ3L2AG2ZC3i6VrEL4UXhjEucX2IE8IhEHH53Fnf+c"
    "KVyZIHOJ6kft4QsEHJbNvpO21EFnx9R/D1gR5ZnR554kLgEzKKsGb7q5xb3VQvVaBTxfkJ"
    "G0mjFVDy1/4ArexAreyZvM8bk1/rwjaPUBslg02LVQbWUkX47TaXthCgAUWBEVElLfNiGi"
    "QBSOOQbuyXORemIRoAlaELBPa0HLpAmAqW1Qy6gANZGbpAYKiGgZxZFwgzWK3kVUl8nAvG"
    "Y4clsLr30iVW0os33W4ZztcTTESPtqN09EQZVZaxaBqWM4K2284GSbE+ePF8rAP1ig+URT"
    "5OSNKlfKxLqu7YuQJpF1Zqb9B3CGm9kNabyTw/nnCjnPZ5i+Ya0b8LpTebDT6NaNKte7VQ"
    "BiN+Mh1/mnKz2TUKfFgo4xH/eTwknZ2LhXI7HnHXiP4tL4O3/Hphwdcus/nUJ4HYslghK8"
    "MgOzXOVWUpSNOG1OgjVLNqVk4fpHddQ1IfzHrRpD5T0IvNepgSsrTrM8nxd1tUtxrV34qd"
    "fRSmhZmu80wXCFyGeGVIz62Lma6sEPC2h37ni/iGpNxGJ+U6Vs225eOGxFBRUA49p4YMwT"
    "21yy7P9BUdilN290U95bQjZ3YH374Un0OGfG7X71BZKrfr1AhEG0E2wylN+xBCW5Hb/HGX"
    "xwbsdG/haQblF9l/EHSRrF154A2QtM/CXgHCksLLquht05lhjtAB1vuxhiIaFeSF0PCFQi"
    "U0GJTg5IyHhKm6WQTdOCGAGwXXEr9zSWMBClgN9hvwXBXk0IyQQCRXwwDOamQKMFad4ut8"
    "MwqroEDQxpJSSoB04/FTrtNqKQ2S1fU1IoT6i/W5iwRRxBqZeqTqSFHNrhUrR0fDwoMkM8"
    "sGHDpYqmYtyhINi7R+4KHaNZxIS+8d40TayKzlkLnjlCB175e64cDBqkO0lvhJynfaoE/R"
    "Pg4+zwTxeQrE53GIT2AIqTcjg3ZeV3k8cpIu/X5Mrs1ykrVLXWcG7vT6fW4yt+LHnauF8m"
    "06Hn3iB3Pu7hr51wtl/JWb8pMBPWjau1wodHR61bsZctco+CkqUJ4mdvyIFu5aL+3lLzoQ"
    "3ZwMfTPjXLNEN4PhBww/YPjpphl+3LgQlt0nEDOSYvYJ9qq2FogX/2blMIqCrrMPLnWxhp"
    "RGSGlMT2mc9PpfuLxFBx0qetwo/b9QbgezSW/e/0zb/GsruXE+7Y1mg7mV2+hcE+H0fs5/"
    "HE/5W244IMLpb0RGjbSQMe0ra0j3cqFwv1LBdzAeXSPvss7HmdLV4JF8AZ5M/wMrxjdZuG"
    "WQliLonvYVrFjMxQYRQi1xlazTErWCFzlqM2kQSAKpcxIIrclVSMMJEYKCU5dJz6LgLCVD"
    "E0xxU2jeY8Twftf5/XYW42JTHaGFma7zTIc1m4xaSpgIym7FjeRLXdV4qq7yOiY/0MgZoZ"
    "1EDlDHoYaE1DZEsbWcSU+Z4dtCaCHBd59w0pIE35rxbsn5vdEl97jujYZim+TdYMMak6RK"
    "wPiWjEkdFlN/xHZCnSSGZsDdURFKQLvvj9ROlMPa1AGlAJxK+YdWA/Dr7bdk6wsxZgn1El"
    "xnZZvrJXguESvK/kDA5s5grauecAx3eVJdgCgX7nebV1QWIOY7h3M0EjkJ6gE0CWeoBwAx"
    "2s1kVzj1AU59OL181G3OqQ9hEZUhbsVk2GR5Kyw7g8DVZoGreYGI+cGGIMQEYSYehKiK1n"
    "nWReImIqQtDI5qU9xEkfpK7a6tVEkaMgSZ/rivmI5F6qQsspZGSFu4lrY40BSUV1BeQXnN"
    "o7y6DukkV0HofjdNdfU9vkfyFQQcy6C5gqugoYssuArAVdBQdi0Un15CVHobcU2RtU4ZfV"
    "Y3qLNKXClBZzURuNw5SJG5AtOURewK8Mn+spYzy3yMxI2grLGBVKIOInOjq7v1BhlYp/XY"
    "jNd0bDo0OpNMAw2lFRZfyFr7Kl7Y8vDhmKUtvYhsY6dpMg3li1a1/MO7BedEgy8jT1GFKf"
    "ePe242z19XwSO8Rt7lQumPRx8H0zvLseBeLpTZ58FkQtucizofCQ3Fp5Khb6/JDI7Wbdus"
    "MyzksRhd8ktXkr4teOhqmBZcIfWZaLZJXCt2iHKIEma5zrMMmcwVWOPCikVWZ1KYCpCFvN"
    "vT5N16KvPhwM4CQ7UU28hre0AqHRyFmgB52bl0UddkSziz0sywKV7tlLA9LHynm2Zr1P0+"
    "xyyhqmNzpys8+HtPZd0TtuqOFetxi0VpK8hscH2iqOpgU712qJv76rLAvOX6g7ve8Oz8bf"
    "fC0geIliDZ24hrlHsbC1W0oncVkeGcTDn9J0DTQg/wZQbr5mWicfMyirCimoz6I3P8PWFl"
    "cPu3IdY2Tc/lfp2HVFwXwrO73q+vQmrucDz65HYPQN4fjm/ghKUjhzaDpT4Z/WbabLNY6s"
    "HGU0UIS1S0zA4ukxbKrIG55yTmnjA3lgDv1Bqw9YWqmG9xCG7yTdDofjg8VcSQPRFJAdqB"
    "u9103d36ndXEZkd1dIur/Hjfg46iBe0dorVrhDNEa0O0diPZlShGRr6kY5+ihUx7lUkxv0"
    "pRzK/iijlR9kzVOqakAAeziY/Hy28awsj0QBDVKIYxkxYgrqdaXLsFpOo8jxNrcHXDuzwV"
    "7sQ5H+GJSFTiMuV7xLnkaL5YUNsgpeKYKRWT3nQ+6A2Hv/FTrs8Nvtp1pKJtC8W/6151Cg"
    "iE5Vd0AkcYOMLAEdaFlBWY9RJSVsD9CZ65migc+z1zWQKF7WjKA4Ng/bDNdrjnyg4SDrvH"
    "WsKPlYYI9zRprj5ipcPQU7173TQVVdAkolK63arUTkEjPaZGav2PwZqszrj9j6iB5lQ866"
    "TLWG8MvxGMTR6Mw1TlIH1aJq7YtaiRbVf6ngdin6KFann5ZSR0VU5YJfZbrVzaOgPd6d3e"
    "DUbXyPq3UMaT2TUifxbKt96U+zy+n3HXyLtcKP372Xx8x02vkXu1UGb3k8lwQNvcK1oXZD"
    "q1mpwL0vK5NxpxQ9JiXxQxapU/vYaoarl2AY+gDbH0kX3gKsvyRHol7wNXsQUKbFrJ6DfT"
    "upHFpoW/axIZrUiJ8hAllGmojwkrPss6flIfC5YlD1LCLNdtlmNWtdN4mr/hh42qPvZME2"
    "81pqs50qObpsg/230J0/md91YWHCsYTcazOVJXSEDusQlIUJboeSOYSCTfB9Ffi86IVu93"
    "kNU1o7DgwaOVbES4kdY/ih3h54uLy8v3F28u3324evv+/dWHN55BIX4rzbJwM/hEjQuh9z"
    "FD0rHNdIVWyyhtC2Whpi+YIZ3CClYg87dkaBbJlXbCVJB5FY/jk8kvV8QXfsuwoifiGiYC"
    "vxkDV6zr+SI7PIL2KcFVBVJr5KGYx99FrGuMDSAtbD1O20LYzy+ywH5+kQw7vRcJrXYPuc"
    "or+kQI27RoHEEMSnHJu8CW4JV3JP/bwIgNm5Gs/vkIN9YpFDg6CckaWnCe9qtoQT4pO7fT"
    "2D341KSTdTYtK6/zj0DYqYK/m67iSKXwf9JKTtGRhDURI9eEAW1eDbUcUM4dlLRjKWkeK+"
    "SRhZ4Sz1qrlaOnNi5LGzAD/5mP00NkLdKOjsLyQb+8Jol5+NsjAObOwNzxLSBztHyMsoWA"
    "X2aR8i+ThfzLmIwf3WGzLyhRSpDyCy8qmvAiqwID/19m41FCGIpPEjVnSqKJ/otkqclZfi"
    "wsKRghG2asPF20El03bJykA0TL08E56z+UVZm9o9Q0gW7CjW4Ho0+dfLPrkl0j54JGGPX7"
    "HHdrnTzkXi6Uj72BdfCQ/X+hfBp85Ub8/eQauVdR/9tpYowctTGP0TpIAvn80e0mqoznXP"
    "cY5LD21XrtgyCy5HervUFkRDSxzYAFQ4yi1BBmVOd3HNJg2/aOM6Y9lhMXNKHnPZkoRtkm"
    "Db6qpNioz6IcL9wsMmrDMM/qiWPwXPGEWVcCldU1w3CVIyk0HgPZEvgrTQxlcW6y+zLK4P"
    "tdmDHnIGSONmkJ7aa4CXe6nMey73RvoTn/4k3W1NHU3NFYvJSBid6WK0rKp2ghzOcXH7LY"
    "pC4+JBul6D2GI5Bhk0o22fsUYLE/xGL/TODhk/NKE4z1Iar2BQCWb3a1Ecud4Bkhax/Sla"
    "R5EsFGemLgfKMSjhWUBCu3RxRB+YFQVbWSuILIcVeSm/F4GFpJbgbRs6fu7244wuKRY9ZY"
    "UfBGgfCZIFVrPApHdnPTL4HFHWVafiVI8k5n1fNJnIIk8tZMR2kOHlHSxZ1k8mQNVvidYk"
    "oMeXuP3Z85AliA62MKBC9P+y3ASV6eHOnFsdwB6dAaau1NHKjUXjbemQ/qd45G4XYYdrLg"
    "7W6afUy1OvLY61ltvW9t90D00g22w++J/AOx9/WMvc8t0ZYZCv7D4A+B4BAIXgfAIRC8lY"
    "sKBIJDIHjDJqNO+lImNTkk0eawtobojmhw9VoaZXGtSQWsKaZGclX5RX3oMLSu4O1u+jlL"
    "dkf+307PvYWvesilQSYtTbXdGSbakCdgBQkrE+tIQKK63UomOlt0rLP+kKDrRKdekjElWb"
    "bqWFm15Y1F51W3E5nQ0h+wUJ51yTQJtURHxMigxbTIr1QM5zGCgSTTQKKwM8hd1X4seYgu"
    "GBvSqiiqiWSV3JPM1wtloczJIJquitgw7L721zGQvlPoUIg0qYqI/47+JcoCWRmXtqnxX0"
    "iyn0ReRgO/Rj1EUEcGuSMvFKKoYovK70F+tTUmIroxOqPN7lOXEl52kapbv8eDixqP8fIV"
    "fQqhWhDWIS8EeqB1xF5c0p8Mv/+zqj9i/TVyucUgOJLHL/FWUwleJlQWq7+Mlaw4P0pKro"
    "R1t38LtYoK6muDQHsqgRbcAT+EOBvaOXPPdJT4OJN9zE2mTXMNmZClV0Q0TD6hfN8cf0+L"
    "BWlVDb+0l4T7dZ6+N3nvyHA8+uR2j25YtdEIrdPIJsLLNskRF7zfTfXEWed+aYGumaohOw"
    "TI8uARJUOk4yyRpYQQDU4gagwd2K5gTM2qz8LLT0aX9NRUnTAUVVQMU1itXL1G3BDVC8sJ"
    "5ZKrfRwcGXzqxayIYrO/3kETlJxO737+eTwd/N6bD8b0CJbgR3qEymR+P+XoESrWxUL5Oh"
    "7cXiP6N/qmnCbCVtiqO4UlnWNR2gpywobuEUVlNZvqtUNdn3kqYxe65fqDu97w7Pxt9yJi"
    "b3Shfxs/D5ha5RWRUS0zWbsP0tSZ+Yv6DbO4DZO9hvHCvCtM4crloA0RtUF6OkK2CRweDo"
    "eHQ/Rkt/QaGXCMdOUZ83CMNMqUHH/IMdKVK8xzYd1JUpbpve5+Rdl0umXwnJKuiPobQ7qp"
    "7amknkvq21yR2TTcNqKiUhJzo6u79cZyDFqTzVCJyx6cWSLbY3n6m+Nlsb1W0IWPpQs7zJ"
    "c5VtPu3kLZqXwXH2yhsIXCFpq6hfawLokb1gbq3EndPgW/D9RAadIbnbYhPRHRgllCKnlT"
    "CpC0cGO6uLrKlFZ/lZJWfxUzm5CXKgfCTvcWonueyWRynmIyOWeYTFTFxCwDdnJwT4AEgn"
    "tyBvec1IH61/8Ddub5aQ=="
)
