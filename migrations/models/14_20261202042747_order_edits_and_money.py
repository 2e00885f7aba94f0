"""Order edits and money."""

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
        ALTER TABLE "order" ADD "tax_amount" VARCHAR(40) NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "tax_lines" JSON NOT NULL DEFAULT '[]';
        ALTER TABLE "order" ADD "financial_status" VARCHAR(32) NOT NULL DEFAULT 'PENDING' /* PENDING: PENDING\nAUTHORIZED: AUTHORIZED\nPAID: PAID\nPARTIALLY_REFUNDED: PARTIALLY_REFUNDED\nREFUNDED: REFUNDED\nVOIDED: VOIDED */;
        ALTER TABLE "order" ADD "discounts" JSON NOT NULL DEFAULT '[]';
        ALTER TABLE "order" ADD "shipping_amount" VARCHAR(40) NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "discount_amount" VARCHAR(40) NOT NULL DEFAULT 0;
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
        ALTER TABLE "order" ADD "tax_lines" JSONB NOT NULL DEFAULT '[]'::jsonb;
        ALTER TABLE "order" ADD "tax_amount" DECIMAL(14,2) NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "discount_amount" DECIMAL(14,2) NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "shipping_amount" DECIMAL(14,2) NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "discounts" JSONB NOT NULL DEFAULT '[]'::jsonb;
        ALTER TABLE "order" ADD "financial_status" VARCHAR(32) NOT NULL DEFAULT 'PENDING';
        ALTER TABLE "order_line" ADD "cancelled_quantity" INT NOT NULL DEFAULT 0;
        COMMENT ON COLUMN order."financial_status" IS 'PENDING: PENDING\nAUTHORIZED: AUTHORIZED\nPAID: PAID\nPARTIALLY_REFUNDED: PARTIALLY_REFUNDED\nREFUNDED: REFUNDED\nVOIDED: VOIDED';
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXW1zm0i2/itd+jJOXW0qtuMko711q2SZJJrIklaSMy/RFotRy2KNQAPIjmt3/vvt5k"
    "3QNAgQSEDOFxtBn0Z6umnOec5L/6e11hdYNV/3JMNQsNHqoP+0NGmNyQF7qY1a0mazu0BP"
    "WNK9areVA43uTcuQZIucXkqqicmpBTZlQ9lYiq6Rs9pWVelJXSYNFe1hd2qrKX9usWjpD9"
    "ha2d/m2z/JaUVb4O/Y9D5uHsWlgtVF6MsqC3pv+7xovWzsc33N+mg3pHe7F2Vd3a61XePN"
    "i7XSNb+1oln07APWsCFZmHZvGVv69em3c3+o94ucb7pr4nzFgMwCL6WtagV+7r24O9cSxe"
    "FoJk6FmSi2MgAk6xoFl3xV0/71D/Qr/O3i/O37tx8u3739QJrYX9M/8/4v59Y7YBxBG57h"
    "rPWXfV2yJKeFjfEOVJkMdBTW3koy+Lh67RlkyVdmkfVwrC60a+m7qGLtwVqRj+/eJuD4tT"
    "vpfe5Ozt69fUVvqJPJ7zwUQ/fKhX2JQr2D1v6fAVqvfTHQeid22O4e1aODe/HmTQp0SatY"
    "eO1rYXyf8f1K1x/FraFmgZkRy4W2O02rCfZVKrCvEsC+ioItG5jCIUpWFOsbcsVS1jhmxQ"
    "hJMnAvXNHX3kEdpzr5gYuRpr64EyMB/Fn/VpjOurdjeru1af6p2vh1ZwK9cmGffWHOnr1j"
    "xsnvBP3an31G9CP6YzQUbHh103ow7Dvu2s3+aNHvJG0tXdT0Z1FaBJZa76yH2l/0/bt8DL"
    "ws6Il7SX58loyFGLqymx7mStmsMQUkMjuuXdGPXyZYlWxwo/PAVUSmbjf1ewT/8qa9d9ab"
    "DBQ9/UKPwzN6aX2xZs9ImvRg/yR6b3onT29bSZqGVa5K515KVukCjUClA5UOVDpQ6U6q0k"
    "mqqsv2O0Kkd7bwwwsfbkHbrm3I++QrSpqMI9DHdHW8kWiNJ/3RpD/7vZVtPHy5DvKO5lpv"
    "MJqSl3kHuQdzbdoffhoI4vRzf3wrDGfix/6EXueebuUZ3/M0w3seP7rnvMF9Fs2NqnB0yG"
    "tdV7Gk8R8jRpIZw3siWtYgeotXeRoDD97r0WgQ0hCv+zMG57vba2Fy5sBPGikWDr4cdqBT"
    "RUM3FtgQN7qqyLkfJ14/R3yWrru9L6PJjTDJ+jD5gh3kH861ifCL0CNPi/M/z+Pxc4qn4+"
    "fYh+Nn9tkgN5EesWhiYi1xno74N0xEsHn2bClvGmIjbbBsiaa0xNYLeUXo8mPGVSmuiyMu"
    "T/6Z2q5PwCvEPwXAK7TsV86BpMKI9lHD8Y+lFEIkqGTglb41sagq2uOBSLmkwa9en00CrU"
    "weZmzoi63NnUR4GO9SO4mH2QQaAQ9ztPW1ZB7GfNxm0eTc5sDCAAtzYt34XjKycogBkUIM"
    "kEbP342hyBx0b7CsrCWVD7Avwyq6jtBrV7iGEzoB3Ruh17/tDs7O37YvGEvCA/5t1FO5NQ"
    "ysxTEdMbZEQOaIrMbd9CYjn5FzDl+mmMKXsTP4Mup5Vx5WlvhgSGuOxhmrOLBi+1WIGlAV"
    "hSgRYA//ePZwcNQXhr6hLnTR3G42qoINMZNGHicOD5jzgEWohwTko7B/1A2ycGlf8EuEIo"
    "+JYgh0VS+w46xnctqQnn3DMXbCESwIAth5RU/IUzHp98gApGZ6KImBi6B7BqSfGi5xqSgf"
    "m2gm7/Ynl0Y4INyG9jSgHTUVq83WkFeSicXCptfY7bHx00xfLg+mXr2VMMCCNQWqMvlE/w"
    "XCIRSDL5d4RjH4NgNKsVbKSjuBUoTQLiAVa0oqqsR4E6nlKS6klyysQVQwl1mTC/L3lV4n"
    "gDX48ViDXF5031xzHY2HqsCptbmamLcxMagHwtT1O2ooUmHjqki7qobrDNhUxUJF1yzRXr"
    "QMTL61eeiidUP6o+lFE6e3JsFWpim6iwXi2KKhQKF4Y/Q51Ays0aOpPmCNgjVaw4XuCNao"
    "rG81y8gWI7ATaSLKaTCORzgaXv/gvo3TwruTaF4Gw3mqKXyeMIXPOYQKUXisLW8F/qjqUh"
    "yZEhBicF5SqfohnRQ+NLq7HghoPBF6/Wl/NAwb8PZFemoXVDQRugMWZV17yAFzUApwToHz"
    "xlB0Q7E4K3KsmhYUOR4lSJ7ESqtrQAoCKZiKFASeKy0V4ZbJgAwbiFEBGrUSiClkclmSee"
    "jTOCb9zEg3TcUJqjLFoVQmZdrbktVvHVNp07vWTqzLFGwFfOnRtMKS+VK8lpRMpQp9gcYx"
    "phdXaShT0iqecro6LWlasZXuGJwp2JNgT0KphsroGQ5YHCXDRzFew9D9JoWqF9+CJSXxdw"
    "sbmqSKBl62yC8JXVQWeL3RLZp0KT7il9Y/Gc3kG1mGJWtrf+vA8uF046pHNOnEPhG+Eyg1"
    "R1Vqgthn0W0YuQb61M4vPqRx+1x8iHf70GtMpTDmwckAOUe0eapPKaC7IUikS+0BGxvDXQ"
    "fS+za54g2c8sVHQviLfVbtPiLYvLleipq/e+9Gkd5fJ3InfcxKq8Lwpj/81MoGuifWQe7B"
    "XBsNxc+jwU0HuQdzzS8aKdwEKkgK5Mq4O5n1u4PB7yL5M+oRVZ204Jyca4HrgbPjfu+Lc3"
    "fngPbY++J0Qv8H70DLuY7D/bun5pp/zT9zIwz6X51v7B/OtV532BMGA3rWPwzeYyLM7ibD"
    "8E28c7RipnfVO2rlmLCXacJMLuPjTC4jgSbOfBPv8VI3sLjSVY6Ol2Xmsj1VeNGA+duA+V"
    "ufajVHe6sVXKzG3N5buiVxiNfEgktBMai5hIPgR2su5QEY0E2LLnXjbcgNRWlNY1CzTuSo"
    "9GkQLytuqvDJTBajXEiHBQHkJJAXimkHVOdDmiMNcO+b0zHFT36Zjobx89kXYvFVZAv9F6"
    "lKealUrf9dbjWZIofut4pqKZr5mt7v/zLaeUWATkEKOWw8hePstvsbq4v0BqNr1hNDO7iO"
    "eQYyDUpICAal8EFZKhoxDxVJFQ8jQnj91JES6d7NPo8m/T9s688/poZX3za1+owR9vFueM"
    "MaYc45aoR5V3fnvo769hnnfzWMMjvtNEeKECvXQOOs4DwhN8E3a7IQI1ZhkqZKGUPO9OQm"
    "Weyb0/w0CwA6AWj6oiGrf9YkWZ5s82Avac2m2up5ZrR9qebhXI6HyAYtT/phRBJy41Lkxj"
    "mo5UpEjIoC4ikQr1eo41HDiZoV6Rgc9O1mkXPQw5IQ31qVUfcwCgx7bHJfpuDAsNDxko8r"
    "HyfIidvJBmxYCpDdX8E+EFTLqAVZ69YH9oyvGcRx8ddtpm59+LmNqVbPm8VFoBvoqqnwhp"
    "/eA3YDwE+Hpy3aYfDCU7rExbpAHi5OArsl7MXoNGUOagkVpFVXNa26ljBBBc9csBl4udUW"
    "B2I1sTtpLkTW1jh0PZ/YnTR8Mm2klwJWKltJGDtdNQmp0rMzHe0zLkXT10335GmK2G+4L1"
    "uzNdIwwtT/jPQlkjRkd/CTiVYKUc2Nlw56XumImkHkS5NjyWqTv1gjTenHl9esA76QDvcX"
    "ovjm/lKa0Qn5m8fM33xUtJiUCT6uXvsGxjYU75RcGvr60DiicBcVdlFCPkoD8lEs/cD5Gu"
    "oAZivM1jJnq4Elkxc5NsPfY9SCnUSF52YRbvCZ8Nss5IKLBMf6brjBaPjJa85GzIbxJqqn"
    "zuHC47UFX6CB6gIUWQIndKhd/tAD3/hJb98ERcBNut9N6lc8OtCN17QSVW3GhxecVyEHXq"
    "877XVvhCT/Xel8iu2oiqNTPC/WPjZF9dqVWVkzSGjQElXm4xaYjeMyGxTyDKqK27yBigps"
    "T1Q3LfDPraRZ2XbDCIqAPsAJSCO/yxI3hiJzZm5isnFYEKoV4ODEjqYa09ermKcgRFgQcN"
    "6Ds0z1VFUlFl+O1YIvfLx1oy576IBhVjym7ibU2VANCwGuYPAez+DlTN4CcG3e/s0ssuFn"
    "NnM0cJlsQiCYk0MnhEM94/kEKdxub3DGHdEkTRpHoWvYCaRAVOlBpr41ZLxA1NeLJOTvl4"
    "zOdIN8poF0f6OBdMh09/5+FY3TKLDvuTbXZivsyCsmbUm6ayN3PF91/DgQtJJM+4Z20w05"
    "Mf1ylz3ko+3XDbW5Ev87MteAPjkmfQKv6XLUH7Dti8e0hjWLyRtQmHx1HekZwhY8OeqKd4"
    "6oe34gdKfOOecoGhiQx2F//i5NbQzWbxYojfEO3Jvg3gQrupQlz1XXssHKSOVCtmIxMEUD"
    "y2qfKZFlxQBaYChOwlA8B/cWPhDZLPsUV2zupgWXfW5TJIV7i2gBAE8DXTUTX+aNUykWKL"
    "IbN4cL4u3YnbBzq1tgIPQQ7ieGfl0p8mrHzZjIxMYTRhJy+/v77hA9K9YKabpDzdjtFuj+"
    "BUmqGiWFCux3325vu1/MbuUGtM0xaRuoZ9M8tbCJ2EJFm7Ir2lRKO6wrvonq4YlDYqeWLj"
    "8O8BNWeYpL4GqiymLSdqLqN9yrrPRogWtsUMeP+oKInOHm/yJrZejbh5WtPSgyNl/bfaMz"
    "ydLXioym/xig/yEah4oXD0TI0J85fqzCe+cqLgE3Ligu1VBcCDpknDNxhDsJiFxi9RUDOz"
    "p8BjyDIgBohHCVlth6Ee1FJwvjyogBsNGZ6hBcG13hbQSUMF0ZOYA2DtocPmeeKADMAqzq"
    "z3ErwrWuq1jSYmKdg3IMrPdEsCxcPYXhuPHN16PRIOSqvO6zycZ3t9fC5OyciX7mlJW11c"
    "NcDuSQZAEO5GoSslX3F3uYJDqM7YvuCpTxyWJFj/hw+Wdq+3RBCfT4N0c9wzM4j1u0SBxE"
    "+gFlXANsEyhjCMsvOCwfOOP8AKcMKYgnjYNc7hMuotQwNTVu3b4ahHypFTzDoMUx7EFU95"
    "Hs62DbvTy7nYJhk9kd5FKddlVNj6ZDZJohizQyt2s784McmxiRe1uSGSXWD+8uTU5HeHEJ"
    "PQlOHYydtyF7sc9r5eFHodl/vri4vHx/8eby3Yert+/fX314478xo5eSXp3X/U/07RnSLS"
    "H5A1TC5mEbVwwwXRLIgYUBjwQuUR96Qn88o5ke9sFc6978cjed3QpDcnJ3PNd6ozt6yv5H"
    "U0TsZBE/a8RPGvFzRpyUESdfxKv4KFJtZdT74tV99D579SR318Of59ps0h1OPwqTDvKO2B"
    "fSaRJQ3DefaL/Wsvsad3LAhcd5HDNjGxUEcFlwofJm2TWXDLzEBtZ45YHiUQ4JNaGibOmV"
    "w3SLA3B8vV6vfROwTaKMy6jWW69kS9jFtpBcS8bATv8WjgqClbGfeGaiJw9NBwrFbNYM6d"
    "QZQZGJVqmkoPHWkFeSiZ2sQg7tF27QTqL9Nm5T0XdHl1x0lsm2gqoqVYtyrWGliptJ9+Os"
    "lQ1vR6iD7H9zbWqzE1OXlxh+7E9u7Z0ovMPwThQ9of+V3YnCOUd5Ce/q7hxvb4s8bMNFOq"
    "siwagAbfeEe1MQrWgtWYrM8RvsCxjy5SBaKEO0EP6+wXI+A4MRhWi86oQHcUwKrFk5xjgg"
    "BuNb5fEFnuAH5Akg1LNpo54m1PN0VaMqN8jg2a80tkmc20nq71QN5GIL8EC8Z36EC4z3pH"
    "WUD4z1DNGT3p5YDUG+1HjPKHD7yN/9O46FCeCSth77xuGZvYB4qGlwSrYXaj2XEWYkY+Up"
    "37Y3XFkINuJulSUTy4NjGu7dKcuTO3gDp/owPrn2b4IQ65K2Fwq/crPBy5MFlFPk30UUkE"
    "PT8Fgne83wTp2Mx5txsA1RoRBXdxsij37wBoGXZMY0aSemmXm2fmB+7E806/p7//xEE7+W"
    "2EBLe3Mgt5cOou/0NlKxtECU022jtaIp6+3a3QXI06aiSWfFds21fYJsEFg9VbB6cmiOhS"
    "mNFV2kCtMa5a1B4805Rk98kHpQ5ohxQ3fTrJvb5IxSv0wRtnMZG7VzGdnAlqxFIl2LxIX0"
    "wiHjYteHqCBsAhHVz931XcxdmSy+g+Np6uc1ARuMzKbtvtNEZMHXdwRfH9iR5dmRJy4EPi"
    "a9SA98f5V7qZ3opQo0Kjk/YaVsaAWU7LU/wCo70Cp7Js/zyhIfDGmdRallxeClxSsDa5si"
    "4nqdyVoIyIChwImoUhZZMQ2KAKRRSFfOw5wJ05AMgMqxBQLvtAy2QFgKltUUtoALWRG2QK"
    "CrmoGc2hYIT7BK6auK/DiTzMcWT2H1riVrrKSVaHnNUuyvJ1mIbm1H5eiOMrqqYtkybWcE"
    "Pe84GxTN/uDH8/E21MvfURr9OCZJl85jQ9ENl+cKpF3Yqb1B3yGk9UJabyp6fjQWhhn5eV"
    "umg+jfudadTvufhjTp1juaa/2hOJ6MPk2E6bSDAh/m2mgofh4NSGP3YK7djIZCB9G/xWXw"
    "Fl8vLPjYpaZPdyIQWxYpZGWa5E2NM1VZCso0ITX6CNWs6pXTB+ldHUjqg1HPm9RnSUa+UQ"
    "9LQpZ2dQY5+mzL+npD7bd8ex+FZWGkqzzSOQKXIV4Z0nOrQtMVFQLe9NDvbBHfkJRb66Rc"
    "l9VsWj5uSA2VJe3QfWpIF8JTs3h5rq/oUJzSuy+qqacdObM7+PQl+BxS5HN7fofSUrk9p0"
    "Yg2giyGU5J7UMIbUlu88dtFg7Ybd7A3QyKL7J/LxkyWbuywBsQaR7DXgLCiiaquuy/plPD"
    "zMgB1vuxhiIaJeSF0PCFXCU0OJLg5IyGhOmGlQfdqCCAy4Jrq9+ZtLGABKwG+wk8zwQ5NC"
    "MkEMlVM4DTkkyBiVWl+LodjcIrKBDkWBJKCZBmIn7KtFstlUGq/tBBRNB4sT+3kSTLeEOG"
    "HukG0nSrbcfK0d6wdK+o3LIBh3aWaFnLqkLDIu0feKh1DTvS0mvH2JGWGbUMOndUErTu/V"
    "o3bDhYdojWAj8p2XYb3Ek0bwafp4L4PAHi8yjEJyBCqj2RwTqvqj7O7KRLvx931qbZydqT"
    "rvIEbnV7PWE8s+PH3aO59utkNPwk9mfCbQftjufa6KswEcd9utG0fzjXaO/0qHs9EDoo+I"
    "lVKE8TO35EhrvSS3vxiw5EN8dDX8841zTRzUD8APEDxE87ifjx4kJ4vE8gZiSB9gm2KrcW"
    "iB//ZucwypJh8Dcu9bCGlEZIaUxOaRx3e1+ErEUHXSm63Sj9P9du+tNxd9b7TM/tju3kxt"
    "mkO5z2Z3Zuo3tMlNO7mfhxNBFvhEGfKKe/Ex2VOUP6dI7sLr3DuSb8RhXf/mjYQf5hlbcz"
    "pavBI/kCIhn+e16Mb7xyyxEtRNE97SNYspqLTaKE2uoqWacVyoLn2WozrhNIAqlyEgityZ"
    "XLwgkJgoFTlUFPY+AsFHMjWfIq17hHhOH5rvLz7S7G+YaakYWRrvJIhy2blFZKWAjKbkVJ"
    "8oWhb0RqrooGJj/QzBihHScOUEehhoTUJkSxNXySnjLDt4HQQoLvPuWkIQm+FZu7Bef3sk"
    "vucd0bNcU2zrvBhzWiSRWA8Q3pkzosJrsemwl1nBqaAnfXRCgA7d6up2aiHLamDigF4FbK"
    "P7QawK7efkNefaGJWUC9BM9Z2eR6Cb5LxI6yPxCwmdtZ46onHMNdHlcXgJ2F+93mJZUFiP"
    "jOYR+N2JkE9QDqhDPUA4AY7XpOV9j1AXZ9OL1+1K7Prg9hFZWjbkV02Hh9K6w7g8LVZIWr"
    "foGI2cGGIMQYZSYahKjL9n7WeeImGNEGBkc1KW4iT32lZtdWKiUNGYJMf9xHzMAydVLmWU"
    "sZ0QaupQ0ONAXjFYxXMF6zGK+eQzrOVRC63k4yXXce3yP5CgKOZbBcwVVQ00UWXAXgKqjp"
    "dM0Vn15AVHoTcU3QtU4ZfVY1qNNqXAlBZxVRuLwxSNC5AsOURu0KzJP9ZS2nNn2M5JWkPW"
    "AT6cQcRNbK0LcPK2Rig9ZjM1/TvmnX6EyxTDRQllh+IWvtq2hhy8O745a29COyze1mo9JQ"
    "Praq5Tf/EuwTDb6MLEUVJsI/7oTpLHtdBV+wg/zDudYbDT/2J7e2Y8E7nGvTz/3xmJ5zD6"
    "q8JTQUn4qHvrmUGWyt27RR5zDkkRhd8kuXirHOuelqWBZcIdUZaD4lvsm3iXJIEka5yqMM"
    "mcwlsHFhwyKtMyksBchC3u1p8m59k/lwYKeBrhqKLfPYHpBKB1uhxkBedC4d65psyMwsNT"
    "NsgpdbLcyHha+0k7hGY9fmmCVUDWxtDU0Ef++p2D1prW95sR43WFbWksoHdyfEmg6O1GtX"
    "ur6PLg/MG6HXv+0Ozs7fti9se4BYCYrzGvFIubeRUEU7eleTOc7JhN1/AjIN9ABfpmA3L2"
    "PJzUsWYU23OPVHZvh7zMrgtW9CrG2SnSv8NguZuB6EZ7fd316FzNzBaPjJax6AvDcYXcMO"
    "S0cObQamPh79enK2aZh64HjKCGFhVcv04HJlocwa0D0noXvCs7EAeCd2h40vVMV9ikNwk2"
    "+ChneDwakihpyBiAvQDlxtJ9vu9u8sJzabtdHtWbWL9z1oK1qw3iFau0I4Q7Q2RGvXcroS"
    "w8jMlnS8k2jgpL1KZZhfJRjmV1HDnBh7lm5vU5JjBvOFjzeX39RkItMNQXQzH8ZcWYC4mm"
    "Zx5RaQsvM8TmzBVQ3v4ky4E+d8hAci1ohLle8RnSVH88WC2QYpFcdMqRh3J7N+dzD4XZwI"
    "PaH/1akjxZ6ba7ur3lErh0JYfEUncISBIwwcYW1IWYFRLyBlBdyf4JmriMGx3zOXJlDYia"
    "Y8MAh2F7bZDPdc0UHCYfdYQ+ZjqSHC3Y0y0x+x1uLYqf61dpKJKm0UYlJ6zcq0TsEiPaZF"
    "av+PwBpvznjtj2iBZjQ8q2TL2E+MuJLMVRaMw1LFIH3aSVyya3FDXrvK9ywQ7yQaaJYXX0"
    "bC0NWYVWI/a+XJVhnoVvfmtj/sIPvfXBuNpx1E/sy1X7sT4fPobip0kH8413p309noVph0"
    "kHc016Z34/GgT895R7QuyGRin3IPyJnP3eFQGJAzzkEeUqv44TVlfZPpLeALNCGWnnkPXK"
    "VZnkir+PfAVWSBAk4rHv16shtpOC38faOQ3vKUKA9JQpmG6lBY0VE28JP+mLMseVASRrlq"
    "oxxh1U7jaf4V3690/bFrWXi94bqamRbtJEP+2WlLJt2u8d7KgiMNo/FoOkP6EknI2zYBSd"
    "oCPa8kC8nk+yD6a9EZsep3DVT9gVNY8ODeCiYRrpWHH4VH+Pni4vLy/cWby3cfrt6+f3/1"
    "4Y1PKEQvJTEL1/1PlFwIPY8pko6dSZdrtWRlG6gL1X3BDNkUdrACGb8Fx7KIr7QTloLMq2"
    "gcn0p+uSa/iGsOix6La1gI/GYcXLFhZIvs8AWaZwSXFUi9ITfFIv4uY2PDeQEkha1HZRsI"
    "+/lFGtjPL+Jhp9eY0Gpvk6usqg8j2KRF4whqUIJL3gO2AK+8q/nfBHqs2Yik9c8zs7FKoc"
    "DsIMRbaMFx2m+iBedJ0bmd5vZ+J00a2XvT8vI6vwXCTjX83fIMR6qF/5NWcmJ7kh6IGvlA"
    "JqAzV0NnDijnDkbasYw0fypk0YWeYvdaq5SjpzIuSwcwE/+ZbaaHxBpkHR1lygf98htFzj"
    "K/fQGY3Ckmd/QVkDpaPiLZQMAv02j5l/FK/mVEx2ffsOkXFFYStPzci8pGelF1iYP/L9PR"
    "MCYMZSfC0pmKbKH/IlWpc5YfD0sKRojDjJSnYyvRtcPkJO2ALU8H+6z/UKwy/41S0QS6sT"
    "C86Q8/tbKNrifWQe4BjTDq9QThxt55yDucax+7fXvjIef/XPvU/yoMxbtxB3lHrP/tNDFG"
    "rtmYhbQOikA+P/u6YY3xjOseRxzWvkqvfRBEFv9sNTeIjKgmDg2YM8SIlYYwoyo/45AG27"
    "RnnDPskZy4IIWedWeiiGSTLPiykmJZn0UxXrgp02vNME/riePMufwJs54GquoPHOIqQ1Jo"
    "NAayIfCXmhjKm7nx7kt2gu93YUacg5A5WqcltJ3gJtwaahZm323eQDr/4k3a1NHE3NFIvJ"
    "SJid2WKUpqJ9FAmM8vPqThpC4+xJNS9BrHEcjhpOIp+50EMPaHMPbPBB4xPq80hqwPSTUv"
    "ALB42tVBLHOCJyPWPKRLSfMkio3yxMH5WiczVtJiWG5fiEH5nkiVtZJ4ishxV5Lr0WgQWk"
    "mu++zeU3e31wKZ4sw2a7woeDNH+ExQqjEehSO7uemXwPKWTlpxKSnq1uDV84kdgjjxxgxH"
    "YQ4eWTHkrWKJZA3WxK1mKRx9ew/vz+0BGODqUIHg5Wk+Axzn5cmQXhzJHVAOraHW3MSBUv"
    "my0da6178LNAq3xeHJgpfbSfyYbjcUsd+y3Hrfm+09sUtX2Am/J/oPxN5XM/Y+s0ZbZCj4"
    "D4M/BIJDIHgVAIdA8EYuKhAIDoHgNRuMKtlLqczkkEabgW0NyR2RcPXP1IpxrUgFrAmmJL"
    "mu/aLftzhWV/ByO3mfJaeh+G+35d7CV13kySCLlqZab00LrcgdsIakpYUNJCFZX68VC53N"
    "W/Zef0gyDGJTL0ifiqradazs2vLmvPWq3WIGtPAbzLVnQ7EsIq3QHjEyaTEt8is1072NZC"
    "LFMpEsbU1yVXduS25iSOaKnNU03UKqTq4p1uu5NtdmpJONocvYNJ22ztcxkbHVaFeInNI1"
    "Gf8d/UtWJbIyLhyq8V9Ice5EHkYTv0ZdRFBHJrmizjViqGJbateC/Gq7T0RsY3RGT3t3XS"
    "h40Ua6Yf8eHy5KHuPFK3oXIjUnU4c8EOie1hF78UR/Mnftn3XjERuvkTdbTIIjuf0Crzc6"
    "wcuCymLV17HiDedHRcuUsO61b6BVUUJ9bVBoT6XQgjvgh1BnQ2/OzCPNCh9nsI/5kmnSWE"
    "MmZOEVEU1LjCnfN8Pfk2JBGlXDL+khEX6bJb+b/GdkMBp+8pqzL6zKWIT2bmRj6WUd54gL"
    "Xm8neuLsfb82gaapqiG7Asj24BEjQ6b9LJBthBALTiJmDO3YqWBMadVn6eUns01abnSDTC"
    "hqqJiWtFx6do28IqYXVmPKJZd7O9gy+NSLWR7DZn+9gzoYOa3u3ezzaNL/ozvrj+gWLMGP"
    "dAuV8exuItAtVOyDufZ11L/pIPqXfVJOE2ErrfWtxtPOsaysJTXmhe4LsbqaI/Xala7OOB"
    "XxFroRev3b7uDs/G37guEbPejfRvcDpqy8JnOqZcZb90GZKk/+vH7DNG7DeK9htDDvElO4"
    "MjloQ0JN0J6OkG0Cm4fD5uEQPdkuvEYGbCNdesY8bCONUiXHH7KNdJkGcxcbirxqcUxl90"
    "o7cfffXRtI4K7TE91OsCyfsGFy61/E6yMBkSZqJFdXqXICrxJyAq8iOh95qLJofE7zBqJ7"
    "nkrfO0/Q9845+p6uWZhnfcd7JgMi4JnM6Jk8Kfv71/8DFwAG1w=="
)
