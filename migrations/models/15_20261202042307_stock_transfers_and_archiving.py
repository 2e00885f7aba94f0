"""Stock transfers and archiving."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
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
    "eJztXVt32ki2/iu1eBlnHSYrtuMkzTxhrCR0MDCA090TZqllUTY6FhItiThec+a/nyrdLy"
    "UhCQmkyn5JZKl2AV+Vqvb+9qX+09noK6yarweSYSjY6PTQfzqatMHkIv6oizrSdhs8oDcs"
    "6V6128qhRvemZUiyRW4/SKqJya0VNmVD2VqKrpG72k5V6U1dJg0V7TG4tdOUv3ZYtPRHbK"
    "3tb/Pt3+S2oq3wD2x6f26fxAcFq6vIl1VW9LPt+6L1srXvDTXro92Qftq9KOvqbqMFjbcv"
    "1lrX/NaKZtG7j1jDhmRh2r1l7OjXp9/O/aHeL3K+adDE+YohmRV+kHaqFfq592JwryOK48"
    "lCnAsLUewUAEjWNQou+aqm/esf6Vf4+8X52/dvP1y+e/uBNLG/pn/n/X+djw6AcQRteMaL"
    "zn/t55IlOS1sjANQZTLQSVgHa8lg4+q1jyFLvnIcWQ/H5kK7kX6IKtYerTX5893bDBy/9m"
    "eDz/3Z2bu3r+gH6mTyOy/F2H1yYT+iUAfQ2v8XgNZrXw203o0A2+BVPTq4F2/e5ECXtEqF"
    "134WxfcZ3691/UncGWoRmGNipdB2p2kzwb7KBfZVBthXSbBlA1M4RMlKYn1DnljKBqesGB"
    "HJGNwrV/S1d9HGqU5+4GqiqS/uxMgAfzG8FeaL/u2UftzGNP9Sbfz6C4E+ubDvvsTunr2L"
    "jZPfCfptuPiM6J/oX5OxYMOrm9ajYX9i0G7xrw79TtLO0kVNfxalVWip9e56qEVGXTLktf"
    "K91LDHRCsY94a9dC0ZZg+TxDhTPevhKaQU0Bv3kvz0LBkrMfIkmBDmWtluMEUgMR2uXdGP"
    "X2ZYlWw0k+PuKpxzt5vWjnpw13vpKXr6hZ6GZ/LR5mITvyNp0qP9k+hn00/y9PO1pGlY7b"
    "BUd/dRtuoeagSqO6juoLqD6n5S1V1SVV229wiRfrKFH1/YcAvabmNDPiRfUdJknNQz2F0d"
    "byQ609lwMhsu/ugUGw9froe8q6U2GE3mZDfvIfdiqc2H408jQZx/Hk5vhfFC/Dic0efM25"
    "0y43ueZ3jP00f3nDW4z6K5VRWG0nit6yqWtBSdMSoZG8N7IlrXIHqL13H1xOvJZBRREa+H"
    "ixjOd7fXwuzMgZ80Uiwc3hwC0KmioRsrbIhbXVXk0q8Tq58jvkvX/cGXyexGmBV9mXzBHv"
    "Ivl9pM+FUYkLfF+b/M6/FLjrfjl9SX45f4u0E+RHrCoomJVcx4O9J3mIQgf7xFLTsNMZK2"
    "WLZEU3rA1gvZInT5qeCqlNbFEZcn/05r1yfgj9LfAuCPgD9q7DBXyx/ZqsWB5NGE9tHC9z"
    "yVOoo4NSQDr/WdiUVV0Z4ORMolh37z+uQJtDr5tqmhr3Y2R5bg27xH3Sy+bRtqBHzb0fbR"
    "mvk282lXRGN3mwPbBmzbiW2ge6JLFeSKQyKVGJpcz9+tocgMdG+wrGwklQ2wLxNXbB2h16"
    "5wCyd0Bro3wmB42x+dnb/tXsQsRg/4t8nIg51hYC2N0UqxGUMyR2Sv7uY3BXmrknP4MscU"
    "vkydwZfJSBrlcW2Jj4a0YWicqYpDXGy/CtF8q6waJQJ4D+A9gPfgk/cIj/PK0Lc0JEY0d9"
    "utqmBDLGR5pYnDQuospAmKKQP5JOwfdYNsUNoX/JJweaVEJYW6ahfYaSwJuW1Izz5BkDrh"
    "CBYEAeyoYjPyWsyGAzIAuRk9SlbhKmi9EemnhVtZLmrPdhwRHe67SxcdED5HexrRjnjFar"
    "sj26BkYrGy6TV1e+R+mukPDwdT7N5KGGI7eYSKPNHMh2rml/1OLtwOeZtfdZLt/q7LYNvD"
    "O3I63R5WAYBvb5WG183g2yG+FRj3ljLuKpZIT8Q8F1fSSxFKLSlYyhYsBfn7Rq8TQKkBpQ"
    "aUGp+UWqlQIp/LcKMtDrUPc5s6zRz8bEsnyJI4EKa+3xGnSEWZhypJhxbuJ0A4VAsVXbNE"
    "e9EyMPnW5qGL1g3pj+bSzpzeeIKtTsohCIhkcA6RaMl00uE50gxYh6OpuMA6AOvQwoXuCK"
    "yDrO80yygWKBWI8IhyHozTEU7mkj26u3FeeAMJ/tL1znNN4fOMKXzOIM6IwmPtWCvwR1WX"
    "0kizkFAM5wcq1T6ks2IoJ3fXIwFNZ8JgOB9OxlEL3n5IbwWRlTOhP4qjrGuPJWAOSwHOOX"
    "DeGopuKBZjRU5V08Iix6N+yZvYaHUNyF8gf4H8BfIX+MzClJNb+wvSSSFQD+jyRiCmkMll"
    "Seahb+OU9LMg3fCKE5SazIOSF8JoigqDmSgdwMjrpArg0nes6mSAV82VTHdkc92knELgPe"
    "tm1jINtwK3y7FmS91uF7yRlEJl3H0B7hwvF1d5PC+kVTpzfXVa30vDNtJjuF6AlvpJaKlS"
    "dAWUvTqynuGAxVAyfBTTNQzdb1KpevEtXIYd/7CwoUmqaOCHDvklkYfKCm+2ukULWIhP+K"
    "Xz75hm8o0sw5K1s791aPlwunHVI5rYad+IfhIoNUdVasLYF9FtYnIcuubPLz7k8R5ffEj3"
    "HtNnseq6sRenAOQMUf5Un1pAdyMZSZfaIza2hrsO5A+RYIpzOOWrD6jyF/ui2n1CkL+5Xo"
    "uaH+y7SaT311YPpI95OoEwvhmOP3WKge6J9ZB7sdQmY/HzZHTTQ+7FUvMLrQs3oarrAnky"
    "7c8Ww/5o9IdI/pkMiKpOWjBuLrXQ89Dd6XDwxfl054L2OPjidEL/D38CPQJhGu3fvbXU/G"
    "f+nRthNPzqfGP/cqkN+uOBMBrRu/5l+DNmwuJuNo5+iHePVpn3nnpXnRIT9jJPtNplerja"
    "ZSJezZlv4j1+0A0srnWVoeMVmbnxnhq8aMD85WD+tqfy39F2tYoL/5m7e0u3JAbxmlm8Mi"
    "wG9StxGPxk/coyAAO6edG1k6lKBL7H5ThcKyqOfnfT1oqGwMfEGqwzNCkO3pmezNDhfXOa"
    "HTwMQGcATd0CkioWTf1iyfIHew12CcWNltw6L4y2L8UfzvUQFjZoZZJqEpKQ8ZEj48NBrV"
    "R6TVIUEM+BeLs870f1bvHleA8P+m67KjnoUUkIt2jKqDPSQ1JTGQr5qqNCx0upa7zbmuFG"
    "KgZsVAqQ3V+0PBTjEVMLipYqHwQ9tQzitHCgbqxUefS9TSlQzprFVaAb6opXeKNv7wEF4P"
    "H3w5M07Kgs4Xu+NI22QB5NuYcC+XsxOk1SZyuhgiSypiaRtRImqEtXCjYDP+y01YFYzexO"
    "+IXI2hmHruczuxMOJ1PtIfCOTpUWB+9rXHuC4UXsN9wXEt+ZaBhh6lVF+gOSNGR38DcTrR"
    "WicBovPfS81hFV7smXJteS1SX/Yo00pX++vO7EEK2kw/3Zft/cX0rD5iFI/phB8k+KlhKX"
    "xsbVa8+hx756V9uDoW/Ew6JWY1002PEGQX8cBP1Z+oHzNdIBzFaYrXXOVgNLJiseaoF/pK"
    "gFgUSD52YVzt2F8Psi4ljycDy77f/+KuJcGk3Gn7zmIdwHo8l1DG+ieuoMhjddW/AFOFQX"
    "IJMdXKuRduUd6r7xk9++CYuA82+/889PKz/QOcVbHYBuzDMVnlcRt9SgPx/0b4Qsr1TtfI"
    "rtfkmjUzzfzD42RfXa1Vm+KExo0DoA5tMOmI3jMhsU8gKqitucQ0UFjpJomxb4107SrGKV"
    "y8MioA8wwqzI77LEraHIjJmbmQ0WFYSUMBye2MmUMLq9imWy7qKCgPMenMFmqH6NcM+yLI"
    "ZqVAhwBVvseLYYY/JWgCt/x0DGkY2+s4XDL+s0dEPRcwxLNxpbl27qStF2e+MG7oiSY1IX"
    "v65hx8eP6H6MTH1nyHiFqBsSScg/dhGd6Qb5m0Yu/Z1GLiHTPUL0VTKEoMK+l9pSW6yxI6"
    "+YtCXprovc8XzV80MU0Foy7Q+0m27JjfmXu+LRCF2/bpBtxvvfMfYMLPtjWvawTdej/oDZ"
    "WT2mLaxZRnZAYfbV9fEW8Kh7ctRL7FxRz/FI6M+de85V0mddxpd8/i5PMYK4SydUi+AdeN"
    "7A8wZWdC1LnquuFYM1JlUK2YaFZ1QNbFz7zIlsXAygBYbiJAzFc/jougORLXIMXsPmbl5w"
    "4+9tjixcbxGtAOB5qCs+8Y3tOI1igRKHPbJObGIcCJlxcpOb0R15CfcTQ7+tFXkdcDMmMr"
    "HxHSMJuf39I7hEz4q1RpruUDN2uxW6f0GSqiZJoQr73XfaQ/CL40c5AG1zTNoGCojwpxby"
    "iC2UEKm7hEijtMO24pupHp44WjN08jJDcYmey5yusoROgs6nrAxoRWFsUMeP+oKInOGmpi"
    "Jrbei7x7WtPSgyNl/bfaMzydI3iozm/xyh/yEah4pXj0TI0J8ZfqzKe2cqLiE3LiguzVBc"
    "CDpknAtxhIHE8bbVN42GN5y15ejwBfAMiwCgCcJVesDWi2gvOkUY15gYAJucqQ7BtdUV1r"
    "FaGdM1JgfQpkFbwufMEgWA4wCr+nPainCt6yqWtJQw3LBcDNZ7IlgXrp7CcNzQ2+vJZBRx"
    "VV4P43mwd7fXwuzsPBaYy6jjaauHpRzIEckKHMjNJGSb7i/2MMl0GNsP3RWo4JsVFz3iy+"
    "Xfae3bBTWn03eOdoZnMF63ZKFFiPQDyrgF2GZQxhCWX3FYPnDG5QHOGVKQThqHudzvuIra"
    "rtTUuHX74gj5WotLRkFLY9jDqO4j2Tfhtnt5djsFwyaze8ilOu2Cjx5Nh8g0QxZpZO42du"
    "YHuTYxIp9tSWaSWD+8uzw5HdHFJfImOCUaAm9D8TqU18rjz0Kz/3JxcXn5/uLN5bsPV2/f"
    "v7/68MbfMZOPsrbO6+EnuntGdEtI/gCVkD9s0+rU5UsCObBm3ZHAJerDQBhOFzTTw75Yav"
    "2bX+/mi1thTG4G10ttMLmjt+z/aIqInSziZ434SSN+zoiTMuLki3jFCEWqrUwGX7yShN7f"
    "XqnD4Hn076W2mPXH84/CrIe8q/iGdJoEFHfnE+1trbivMZADLjzN41gY26QggBsHF4pC1l"
    "0OyMAP2MAaq3JNOsoRIR6KndZe1Eq3GACnl5L12vOAbRZlXEch2XYlW8KxoZXkWsYM7Py7"
    "cFIQrIz9xHMsevLQdKBIzGbLkM6dEZSYaI1KCpruDHktmdjJKmTQftEG3Szab+s2FX13dM"
    "31UGPZVlBVpWlRri2sVHEz639cdIrh7Qj1kP3fUpvb7MTc5SXGH4ezW/uQBO8yekjCQBh+"
    "jR+S4NyjvIT3NLjHOnahDNtwkc+qyDAqQNs94bEJRCvaSJYiM/wG+wKGfDmIFioQLYR/bL"
    "FczsCIiUI0XnPCgxgmBdasEmMcEoPxbfL4Ak/wE/IEEOrJ26jnCfU8XdWoxg0yePYbjW0W"
    "53aS+jtNA7naAjwQ71ke4QrjPWkd5QNjPSP0pHdcEyfI1xrvmQRuH/m7/zCsKAFc06lY3x"
    "g8sxcQDzUNTsn2Qq3nOsKMZKzQaKFSSc0MWQg2Yp7iJBPLg2Ea7j3EyZM7+Gyh9jA+pY4W"
    "ghDrmo4Xim65xeBlyQLKOfLvEgrIoWl4cSd7y/DOnYzHmnFwDFGlEDf3GCKPfvAGgZVkFm"
    "vSzUwz82z90PzYn2jW98/++RtN/HrABnqwDwdye+khuqd3kYqlFaKcbhdtFE3Z7DbuKUCe"
    "NpVMOqu2a6btE2aDwOppgtVTQnOsTGls6CJVmdYo7wwab84wetKD1MMyR4wbupsXPdymZJ"
    "T6ZY6wncvUqJ3LxNmqZC0S6VokrqQXBhmXuj4kBeEQiKR+7q7vYunKZOkdHE9TP28J2GBk"
    "8nb6Do/Igq/vCL4+sCPrsyNPXAh8SnqRHtn+KvdRN9NLFWpUc37CWtnSCijFa3+AVXagVf"
    "ZM3ue1JT4a0qaIUhsXg02LVQbWNkXEzaaQtRCSAUOBEVGlrIpiGhYBSJOQrp2XuRCmERkA"
    "lWELhPa0ArZAVAqW1Ry2gAtZFbZAqKuWgZzbFohOsEbpq4r8tJDMpw5LYfWeZWuspJVoec"
    "1ynK8nWYgebUfl6Ikyuqpi2TJtZwS97zgbFM3+w4/nYx2oV76jPPpxSpIunceGohsuzxVK"
    "u7BTe8O+Q0jrhbTeXPT8ZCqMC/LztkwP0X+XWn8+H34a06Rb72qpDcfidDb5NBPm8x4K/b"
    "HUJmPx82REGrsXS+1mMhZ6iP5bXQZv9fXCwq9dbvo0EIHYskQhK9MkOzUuVGUpLMNDavQR"
    "qlm1K6cP0rt6kNQHo142qc+SjHKjHpWELO3mDHLy3Zb1zZbab+XOPorKwkg3eaRLBC5DvD"
    "Kk5zaFpqsqBJz30O9iEd+QlNvqpFyX1eQtHzeihsqSdug5NaQL4TtfvDzTV3QoTvndF83U"
    "046c2R1++zJ8DjnyuT2/Q22p3J5TIxRtBNkMp6T2IYS2Jrf5064IB+w25/A0g+qL7N9Lhk"
    "zWriLwhkT4Y9hrQFjRRFWX/W06N8wxOcB6P9ZQRKOGvBAavlCqhAZDEpycyZAw3bDKoJsU"
    "BHDj4NrqdyFtLCQBq8F+As8zQQ7NCAlFcrUM4LwkU2hiNSm+LqBRWAUFwhxLRikB0kzE3w"
    "udVktlkKo/9hARNF7sv7tIkmW8JUOPdANputW1Y+Vob1i6V1Rm2YBDO8u0rGVVoWGR9g88"
    "1LqGE2nps2OcSBsbtQI6d1IStO79WjccOFh3iNYKf1eKnTYYSPA3g89zQXyeAfF5EuITEC"
    "HNnshgnTdVH4+dpEu/H3PW5jnJ2pNu8gTu9AcDYbqw48fdq6X222wy/iQOF8JtDwXXS23y"
    "VZiJ0yE9aNq/XGq0d3rVvx4JPRT+K65QniZ2/IgMd6OX9uoXHYhuToe+nXGueaKbgfgB4g"
    "eIn24W8ePFhbB4n1DMSAbtE25Vby0QP/7NzmGUJcNgH1zqYQ0pjZDSmJ3SOO0PvghFiw66"
    "UvS4Ufr/UrsZzqf9xeAzvRdc28mNi1l/PB8u7NxG95oop3cL8eNkJt4IoyFRTv8gOmrsDu"
    "nTubK79C6XmvA7VXyHk3EP+ZdNPs6UrgZP5AuIZPjvWTG+6cotQ7QSRfe0r2DNai42iRJq"
    "q6tknVYoC17mqM20TiAJpMlJILQmVykLJyIIBk5TBj2PgbNSzK1kyetS454Qhve7ye+3ux"
    "iXG+qYLIx0k0c6atnktFKiQlB2K0mSrwx9K1JzVTQw+YFmwQjtNHGAOgk1JKTyEMXG+SQ9"
    "ZYYvh9BCgu8+5YSTBN+Gzd2K83vjS+5x3RstxTbNu8GGNaFJVYDxDemTOixmQY98Qp2mhu"
    "bA3TURKkB7EPTEJ8pRa+qAUgBupfxDqwEE9fY52foiE7OCegmes5Lnegm+S8SOsj8QsIXb"
    "GXfVE47hLk+rCxCfhfvd5jWVBUj4zuEcjdSZBPUA2oQz1AOAGO12Tlc49QFOfTi9ftRtz6"
    "kPURWVoW4ldNh0fSuqO4PCxbPC1b5AxOJgQxBiijKTDELUZfs86zJxEzFRDoOjeIqbKFNf"
    "ie/aSrWkIUOQ6c/7ihlYpk7KMmtpTJTDtZTjQFMwXsF4BeO1iPHqOaTTXAWR590s0zXw+B"
    "7JVxByLIPlCq6Cli6y4CoAV0FLp2up+PQKotJ5xDVD1zpl9FnToM6rcWUEnTVE4fLGIEPn"
    "Cg1THrUrNE/2l7Wc2/QxkteS9ohNpBNzEFlrQ989rpGJDVqPzXxN+6ZdozPFMtFIecDyC1"
    "lrXyULWx7eHbO0pR+Rbe62W5WG8sWrWn7zH8E50eDLKFJUYSb8806YL4rXVfAFe8i/XGqD"
    "yfjjcHZrOxa8y6U2/zycTuk996LJR0JD8al06PmlzOBoXd5GncGQJ2J0yS99UIxNyUNXo7"
    "LgCmnOQLMp8W25Q5QjkjDKTR5lyGSugY2LGhZ5nUlRKUAW8m5Pk3frm8yHAzsPdcUptrHX"
    "9oBUOjgKNQXyqnPp4q5JTmZmrZlhM/yw06J8WPRJN4trNII2xyyhamBrZ2gi+HtPxe5JG3"
    "3HivW4wbKykVQ2uIFQ3HRwpF670u19dVlg3giD4W1/dHb+tnth2wPESlCcbcQj5d4mQhXt"
    "6F1NZjgnM07/Cclw6AG+zMFuXqaSm5dxhDXdYtQfWeAfKSuD156HWNssO1f4fRExcT0Iz2"
    "77v7+KmLmjyfiT1zwE+WA0uYYTlo4c2gxMfTr67eRs8zD1wPHUEcISVy3zg8uUhTJrQPec"
    "hO6JzsYK4J3ZHXJfqIr5FkfgJt8Eje9Go1NFDDkDkRagHXrazbbd7d9ZT2x23Ea3Z1UQ73"
    "vQUbRgvUO0doNwhmhtiNZu5XQlhpFZLOk4kOBw0l7lMsyvMgzzq6RhTow9S7ePKSkxg9nC"
    "x5vLb1oykemBILpZDmOmLEDcTLO4cQtI3XkeJ7bgmoZ3dSbciXM+ogORasTlyvdIzpKj+W"
    "LBbIOUimOmVEz7s8WwPxr9Ic6EgTD86tSRit9basFT76pTQiGsvqITOMLAEQaOsC6krMCo"
    "V5CyAu5P8Mw1xODY75nLEyjsRFMeGAQbhG3y4Z6rOkg46h7jZD7WGiLc3yoL/QlrHYad6j"
    "/rZpmo0lYhJqXXrE7rFCzSY1qk9v8JWNPNGa/9ES3QgoZnk2wZ+40R15K5LoJxVKoapE87"
    "iWt2LW7Jtqv8KAJxIMGhWV59GQlDV1NWif2slSfbZKA7/Zvb4biH7P+W2mQ67yHyz1L7rT"
    "8TPk/u5kIP+ZdLbXA3X0xuhVkPeVdLbX43nY6G9J53ReuCzGb2LfeC3PncH4+FEbnjXJQh"
    "taofXlPWt4V2AV+Ah1j62D5wlWd5Iq3S94GrxAIFnFY6+u1kN/JwWvjHViG9lSlRHpGEMg"
    "3NobCSo2zg7/pTybLkYUkY5aaNcoJVO42n+Td8v9b1p75l4c2W6WqOtehmGfLPTlsy6YLG"
    "eysLTjSMppP5AukPSELesQlI0lboeS1ZSCbfB9Ffi86IVR80UPVHRmHBg3urmES4Vh5/Fh"
    "7hl4uLy8v3F28u3324evv+/dWHNz6hkHyUxSxcDz9RciHyPuZIOnYmXanVMi7LoS7U9gUz"
    "YlPYwQpk/FYMyyK90k5UCjKvknF8KvnlmvwibhgseiquUSHwmzFwxYZRLLLDF+DPCK4rkH"
    "pLPhSL+IeMjS1jA8gKW0/Kcgj7+UUe2M8v0mGnz2Kh1d4hV0VVn5ggT4vGEdSgDJe8B2wF"
    "XnlX878J9diyEcnrn4/NxiaFAscHId1CC4/TfhMtPE+qzu00d/eBNGlkn03Lyuv8Fgo71f"
    "APyzMcqRb+b1rJKd6T9EjUyEcyAZ25GrlzQDl3MNKOZaT5U6GILvQ99ay1Rjl6GuOydAAz"
    "8V/FZnpEjCPr6ChTPuyX3ypykfntC8DkzjG5k1tA7mj5hCSHgF/m0fIv05X8y4SOH99h8y"
    "8ocUnQ8ksvKlvpRdUlBv6/zifjlDCUQCROZyqyhf4PqUqbs/xYWFIwIhxmojxdvBJdN0pO"
    "0g7i5engnPWfilVm7ygNTaCbCuOb4fhTp9joemI95F7QCKPBQBBu7JOHvMul9rE/tA8ecv"
    "5fap+GX4WxeDftIe8q7n87TYyRazYWIa3DIpDPH99u4sZ4wXWPIQ5rX6PXPggiS3+3+A0i"
    "I6qJQwOWDDGKS0OYUZPfcUiD5e0dZwx7IicuTKEXPZkoIcmTBV9XUmzcZ1GNF24e67VlmO"
    "f1xDHmXPmEWU8DVfVHBnFVICk0GQPJCfy1JoayZm66+zI+wfe7MBPOQcgcbdMS2s1wE+4M"
    "tQiz7zbnkM6/eJM3dTQzdzQRL2ViYrcVipIKJDiE+fziQx5O6uJDOilFnzEcgQxOKp2yDy"
    "SAsT+EsX8m8IjpeaUpZH1Eir8AwOppVwexwgmeMTH+kK4lzZMoNsp3Bs7XOpmxkpbCcvtC"
    "MZTviVRdK4mniBx3JbmeTEaRleR6GD976u72WiBTPHbMGisK3iwRPhOW4sajcGQ3N/0SWN"
    "7RSSs+SIq6M1j1fFKHIE2cm+GozMEjK4a8UyyRrMGauNMshaFv7+H9mT0AA9wcKhC8PPwz"
    "wGlengLpxYncAeXQGmr8Jg7UypdNdta9/kOgUbgdBk8WftzN4sd0u6GI/Zb11vve7u6JXb"
    "rGTvg90X8g9r6ZsfeFNdoqQ8F/GvwhEBwCwZsAOASCc7moQCA4BIK3bDCaZC/lMpMjGm0B"
    "tjUid0TC1b/TKsa1IRWwZpiS5Lr2q37fYVhd4cfd7HOWnIbi/7ot9xa+6iNPBlm0NNVmZ1"
    "poTT4Ba0h6sLCBJCTrm41iobNlxz7rD0mGQWzqFelTUVW7jpVdW95cdl51O7EBrfwDltqz"
    "oVgWkVZojxiZtJgW+ZWa6X6MZCLFMpEs7UzyVHc+lnyIIZlrclfTdAupOnmmWK+X2lJbkE"
    "62hi5j03TaOl/HRMZOo10hckvXZPwP9KesSmRlXDlU459IcT6JvIwmfo36iKCOTPJEXWrE"
    "UMW2VNCC/Gq7T0RsY3RGb3ufulLwqot0w/49PlyUPMarV/RTiNSSTB3yQqB7WkfsxRP9mx"
    "m0f9aNJ2y8Rt5sMQmO5ONXeLPVCV4WVBZrvo6Vbjg/KVqhhHWvPYdWRQ31tUGhPZVCC+6A"
    "n0KdjeychUc6LnycwT7mJsPTWEMmZOUVEU1LTCnft8A/smJBuKrhl/WSCL8vsvcm/x0ZTc"
    "afvObxDasxFuGcGkILatU82Fp6wiaMNuhmWYW2USVa4bZ77cI7zbVbvmPHytJ3BjFmiClE"
    "TyOXLHmNzoh18oiNHlrM+uP5R2H2yq5wTCwN7FgypEtL0STXKEtYhtV/xFIj915ss8fAMq"
    "Y25D+omXiPrWeMbXPxhVh3ZBuhRuKfikYsPfJl/qQPDJzTPvrWcb5orNYXrRQW+jaHVAL7"
    "WSwqOIU4APZm1v+46BTD2xHqIfu/pTYci/ZrMiS3gutDTiSmB7yMB8LIrr/gX8Zf5HwpBL"
    "kSCAqcU6zpFsPflr4beu1hH8y3D7JstHtGRc90BiIqxSEPUcuJat7eV8okTghDKGSTDSVP"
    "SSlV9yAiCuPc5HFuF8d1VE2Qr4hXqHTB86gz3vVEpYukCZjTtksK8hSgVBkVFrG9c0IbkQ"
    "FUc1QPsQFLIly8bohk4LW+M9u4SOWuFhKeXZE6ITOymMyGg0UnbYUAhHMhnFwaU2DOk1+i"
    "KtqhqSUR6nVE+uMI+1qTS5LA7SO2PXTzktui6glUfJxEmD3fGvpqR7qOnyQBJO8xSd6/dp"
    "JmKRaDkkqFNiwCegBDu/JZhRLgMmXBl5uInXcWj2IabFQIpi4r0cnbAQoBG5MCZPcbB+Gd"
    "8EDlNeHDbhnSeRXY2CxjFxNkLBIVQDwNeuIU3OjaWNgyqFPf7WNDkdcdhpLrPsnUbKWgDR"
    "QVbNPimaW1fseGybT80/2oIREenahXV3mcqFdXGXWqrhJZouSlKoCw25xDdM9zuajPM1zU"
    "50kXNflEyy3rkDdaPiQC0fIFo+VPGpH43/8HiVtvSA=="
)
