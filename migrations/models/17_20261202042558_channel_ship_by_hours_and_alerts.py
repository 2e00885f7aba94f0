"""Channel ship by hours and alerts."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "alert" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL /* SLA_BREACH: SLA_BREACH\nSTOCKOUT_RISK: STOCKOUT_RISK\nSUSPICIOUS_ORDER: SUSPICIOUS_ORDER */,
    "severity" VARCHAR(16) NOT NULL /* INFO: INFO\nWARNING: WARNING\nCRITICAL: CRITICAL */,
    "subject" VARCHAR(200) NOT NULL,
    "open_cause" VARCHAR(240) UNIQUE,
    "facts" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: OPEN\nACKNOWLEDGED: ACKNOWLEDGED\nRESOLVED: RESOLVED */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "acknowledged_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "actor" VARCHAR(200),
    "channel_id" INT REFERENCES "channel" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_alert_created_547878" ON "alert" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_alert_status_2372b3" ON "alert" ("status", "kind");
        ALTER TABLE "channel" ADD "ship_by_hours" INT NOT NULL DEFAULT 48;
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "alert" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "severity" VARCHAR(16) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "open_cause" VARCHAR(240) UNIQUE,
    "facts" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "acknowledged_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "actor" VARCHAR(200),
    "channel_id" INT REFERENCES "channel" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_alert_created_547878" ON "alert" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_alert_status_2372b3" ON "alert" ("status", "kind");
COMMENT ON COLUMN "alert"."kind" IS 'SLA_BREACH: SLA_BREACH\nSTOCKOUT_RISK: STOCKOUT_RISK\nSUSPICIOUS_ORDER: SUSPICIOUS_ORDER';
COMMENT ON COLUMN "alert"."severity" IS 'INFO: INFO\nWARNING: WARNING\nCRITICAL: CRITICAL';
COMMENT ON COLUMN "alert"."status" IS 'OPEN: OPEN\nACKNOWLEDGED: ACKNOWLEDGED\nRESOLVED: RESOLVED';
        ALTER TABLE "channel" ADD "ship_by_hours" INT NOT NULL DEFAULT 48;
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXW1zm0i2/itd+rJOXW0qtuMko711q2SZJJrIklaSk5mNtliM2hJrBBpAdly7899vN+"
    "8vDQIECMj5YqOmTyM93XSf9/OfzlZdYVl/PRA0TcJap4f+01GELSYX4Vtd1BF2O+8GbTCE"
    "e9nsK/o63euGJogGaX4QZB2TphXWRU3aGZKqkFZlL8u0URVJR0lZe017Rfpjj3lDXWNjY3"
    "6b7/8kzZKywj+w7nzcPfIPEpZXgS8rreizzXbeeNmZbUPF+Gh2pE+750VV3m8Vr/Puxdio"
    "ittbUgzausYK1gQD0+ENbU+/Pv129g91fpH1Tb0u1lf00azwg7CXDd/Pvee9tg7PjycLfs"
    "4teL6TASBRVSi45Kvq5q9f06/w14vzt+/ffrh89/YD6WJ+Tbfl/Z/Woz1gLEITnvGi86d5"
    "XzAEq4eJsQeqSCY6CutgI2hsXJ3+IWTJVw4j6+BYX2i3wg9exsra2JCP794m4Pi1Pxt87s"
    "/O3r19RR+oksVvvRRj+86FeYtC7UFr/s8ArdO/GGidBg9b71WtHNyLN29SoEt6xcJr3gvi"
    "+4zvN6r6yO81OQvMIbJcaNvLtJ5gX6UC+yoB7Kso2KKGKRy8YESxviF3DGmLY3aMAGUI7p"
    "VN+tq5aOJSJz9wNVHkF3thJIC/GN5y80X/dkoft9X1P2QTv/6Co3cuzNaXUOvZu9A8uYOg"
    "b8PFZ0Q/on9MxpwJr6oba818otdv8Y8O/U7C3lB5RX3mhZVvq3VaHdT+pOfvw6PvsKAN94"
    "L4+CxoKz5wx1se+kbabTEFJLI6rm3Sj19mWBZMcKPrwGZE5vYwzXsF/3SWvdPqLAaKnnqh"
    "xuEZvbW92IZbBEVYmz+JPps+yeHbNoKiYJnJ0tm3klk6Xydg6YClA5YOWLqTsnSCLKuieU"
    "bw9MkGXr+w4eaU/daEfEi+oqCIOAJ9zFDVzURnOhtOZsPF751s8+HS9ZBztVQGo8mcHOY9"
    "ZF8slflw/GnE8fPPw+ktN17wH4czep/Z3Mkzv+dppvc8fnbPWZP7zOs7WWLwkNeqKmNBYb"
    "9GIcrQHN4T0rIm0dm8yuMYWPBeTyajAId4PVyEcL67veZmZxb8pJNkYP/h4IFOGQ1VW2GN"
    "36myJOZ+nVjjVPguXfcHXyazG26W9WVyCXvIvVwqM+5XbkDeFut/ntfjlxRvxy+xL8cv4X"
    "eDPER4xLyOibTEeDviT5gIYfvk2VJOGiIj7bBo8LrwgI0XckSo4mPGXSluiAq3J7elsfsT"
    "6BXi34J26RX8s07VBfz9C79R9xpDZRArAkboDkuDRU20KabVVRzMpbMxj/MjFTYTOkYD36"
    "1YdU1AwSxomKw0HfOypDweiZStkPnmjNlW0AQZa8eqAft0jOaxLSfRAU41dbU39XYRHaBz"
    "q5ukA9z5OoEOsLKzvWQdoP64zyJF2N1BAwgawBPLZfeCllV/7SMpRPht9frdaZLIQPcGi9"
    "JWkNkAuzRhIcsiem0TN3BBJ6B7ww2Gt/3R2fnb7kVIinWAfxu1ku81DStxWrYYOdZHU6FG"
    "7W5+k1GXlnMNX6ZYwpexK/gy6vUhrTcGv9aEbRbJMUyWS3CsGb9ZDBMBupifWxez0tSdqV"
    "fR97udLGGNz8SRx5HDCxajmklAPgr7R1UjG5fyBb9EzDMxHjS+oZoFdpz0TJo14dkVHGMX"
    "HMGCIICtI3pG3orZcEAmILUmjCp5cBHqsBEZp4FbXCrtjmnkIGf7k61GOMLVi440ogO1Fa"
    "vdXhM3go75wpbX1B6x9ctMfXg4WjXt7IQ+LVhboCpTn+geIAyFov9widco+k8zUCk2ilnp"
    "JqgUwa0QlIoNVSrKRHjjqeTJr4SXLFqDKGF1Buf3td4nQGvw82kNcnkZuOKabWg8lgVOzc"
    "01RLyN8X8+2oLuDNRSpILCVZFyVQP3GZCpioWK7lm8uWlpmHxr/dhN64aMR0PbZtZobYKt"
    "TFHU85ViyKIBR6p4YfQ50A2k0cpYH5BGQRpt4EZXgTQqqnvF0LL5CHgkbUQ5DcbxCEdDO9"
    "b2aZwWXo+ifdEz56mW8HnCEj5nKFQIw2PsWTvwR1kV4pQpPqIQzg+UqnlIJ7kPTe6uRxya"
    "zrjBcD6cjIMCvHmTNnlORTOuPwqjrCrrHDD7qQDnFDjvNEnVJIOxI8eyaX6S6lSC5E2sNb"
    "sGSkFQCqZSCoKeK60qwk7RAhFI4KMCatRaICaRxWUI+rFv45SMsyDDtBUnyAgWh1KZKtPB"
    "nux+25gsr869bmJOMH8v0JdWxhWWrC/FW0HKlCbTJWidxvTiKo3KlPSKVzldnVZpWrOdrg"
    "qdKciTIE9CKova8BkWWAwmw0UxnsNQ3S6Fshff/elM8Q8Da4og8xp+6JBfErgprfB2pxo0"
    "6JJ/xC+df4Y4k+9kGxaMvfmtfduHNYzNHtGgE7Mh+CRgaiplavzYZ+FtQnQttKmdX3xIY/"
    "a5+BBv9qH3QlnqQi9OBsgZpO1jfUoB3XZBIkMqa6ztNHsfSG/bZJK3cMkX7wnhbvZZufsI"
    "YfvWeilsvnfuRpE+nKPUo64yyy83vhmOP3Wyge6Q9ZB9sVQmY/7zZHTTQ/bFUnETlnI3vu"
    "ylHLkz7c8Ww/5o9DtP/kwGhFUnPRiNS8V339c6HQ6+WE+3LuiIgy/WIPS//wk0lfA0OL7d"
    "tFTce27LDTcafrW+sXu5VAb98YAbjWire+l/xoxb3M3GwYc4bTRbq3PXuerkWLCXadxMLu"
    "P9TC4jjibWeuPv8YOqYX6jygweL8vKDY9U400D1m8L1m9zstVUdqoVnKxG398bqiEwFK+J"
    "CZf8ZJBzCfvBj+ZcygMwoJsWXTMKIofHapiuhXtFwW6rdrxJVt/VEFmNeYY6ObBay5Pp83"
    "doTbO9/gDoBKCpWUCQ+awxGyza9sFeglxCcaPpZs4zo+1StQ/nchQWJmh5vOEjlOCqncJV"
    "20Itl198lBQQT4F4syzvlVq32mV490/6frfKOelBSnC3qMusOxj5pj3W1zyTrTpIVF0sTO"
    "3N1gwzUjZgg1SA7OGEqj4fjxBbkDWNqq98bsMgjnMH6obSqAbf25jkqaxVXAS6vqHaCm/w"
    "7T0iOS1+Ot6L3vTK4p7S+dE3BfJgrCwk7z2I0Wmi7hoJFUT51DXKp5EwQUKpXLBp+GGvrI"
    "7EamYO0l6IjL127H4+Mwdp4WIq3QXe4qni/OBdjuuAMzyP3Y6HXOI7EwUjTK2qSH1AgoLM"
    "Af6io41EGE7tpYeeNyqizD350uRaMLrkL1ZIV/rx5XUnhGghAx6O9vtu/1LqNg9O8lU6yT"
    "9KSoxfGhtXp38LLfbFm9oeNHXLH+e1GhqixoY3cPprgdOfoR65XgMDwGqF1VrmatWwoLP8"
    "oRb4Rwxb4FHUeG0WYdxdcL8tAoYlB8ez2/5vrwLGpdFk/Mnp7sN9MJpch/AmrKfK0PDGcw"
    "suQQvZBYhkB9NqoF9+g7or/KSXb/wkYPw7bPxzw8qPNE61LQ9AN2SZ8q+rgFlq0J8P+jdc"
    "klWqdH2KaX6JU6c4tplD2hTZ6Vdm+iK/QoPmAdAf96DZqFazQSHPwKrY3VvIqEAO+KZxgX"
    "/sBcXIlnLYTwL8AMPNivwug99pkshYuYnRYEFCCAnD/oUdDQmjxyufJ+ouSAg4H8AZZIbi"
    "9wi7CF02VINEgCvIYtXJYozFWwCu7avfFkY2+M5mdr8sU9D1ec8xJN2gb128qCsE+x30G7"
    "gjTI5OTfyqgi0bP6LnMdLVvSbiFaJmSCQgt14aOlM18pl6Lv2Vei4hp6z3q6gLQYFjL5Wl"
    "sthgi17SaU8yXBfZ8/mq57oooI2gmw80u+5Iw/zLXXZvhK6bN8gU493vGLoHkn2Vkj0c0+"
    "WwPyB2Fo9pA3OWkROQm321bbwZLOoOHbUSW1fUcjzi+nOrzbqK2qzz2JLP36VJRhA26fhy"
    "EbwDyxtY3kCKLmXLs9m1bLCGqHIhWzP3jKKBDXOfKZENkwG0oKE4iYYiUG37SGSz1Cmr2d"
    "pNC274vU0RhetsogUAPPcN1U58QydOrbRAkWp8rIpNjIp9CZWb7IjubCXvO982krjxdDM6"
    "0rH2hJGA7PH+5l2iZ8nYIEW1VDNmvxW6f0GCLEeVQgWOe6jag/eLw6UcQG1TpdoGEoi0jy"
    "1sI7aQQqTsFCK14g6bim8ie3hib01faVwG4xIsnBvPsvhK9aZjVgY0ozDWqOFHfkGETrND"
    "U5Gx0dT9emNyD5KI9dfm2OhMMNStJKL530fofwjHIePVmhBp6jPDjlX46EzGxWfGBcalHo"
    "wLQYfMcyYdoUdR3bH6ptbw+qO2LB4+A55+EgA0onAVHrDxwpubThaNa4gMgI2uVEvBtVMl"
    "VlmthOUaogNo46DNYXNmkQLAYYBl9TluR7hWVRkLSowbrp8uBOs9ISwLV4dhqNb19noyGQ"
    "VMldfDcBzs3e01Nzs7DznmMvJ4muxhLgNygLIAA3I9FbJ1txc7mCQajM2b9g6U8c0Kk1b4"
    "crktjX27IOd0/MnRTPcMxusWTbQInn6gMm4AtgkqY3DLL9gtH3TG+QFO6VIQrzT263KfcB"
    "G5XamocWuP1SLkS00uGQQtTsPuR/WQkn3r73tQz26GYJjK7B6yVZ1mwkdHTYfIMkMG6aTv"
    "t2bkB7nWMSLPNgQ9qlg/frg0MR3BzSXwJlgpGjxrQ/Y8lNfS+mdRs/9ycXF5+f7izeW7D1"
    "dv37+/+vDGPTGjt5KOzuvhJ3p6BnhLCP4AlrB92MblqUsXBHJkzrqKwCXsw4AbThc00sO8"
    "WCr9m1/v5otbbkwaveulMpjc0SbzHw0RMYNF3KgRN2jEjRmxQkaseBEnGSFPuZXJ4IuTkt"
    "D57KQ69O4HPy+Vxaw/nn/kZj3kXIUPpNMEoNgnH28ea9ltjR4d6MLjLI6ZsY0SArhhcCEp"
    "ZNnpgDT8gDWssDLXxKMcIGpDstPSk1qpBgPg+FSyTv82YJukMi4jkWyzgi2hbGghsZYhAT"
    "v9KRwlBCnjsOI55D15bDhQwGezYUinjgiKLLRaBQVN95q4EXRsRRUy1H7BDt0ktd/O7sq7"
    "5uiS86GGoq0gq0rdvFwbmKniZtb/uOhkw9si6iHz31KZm9qJua2XGH8czm7NIgnOZbBIwo"
    "Abfg0XSbDaqF7Cueu1scou5NE2XKSTKhKECuB2T1g2gXBFW8GQRIbd4JDDkEsH3kIZvIXw"
    "jx0W8wkYIVLwxquPexBDpMCKkWOOfWQwv3WeX9AT/IR6AnD1bNusp3H1PF3WqNpNMlj2a4"
    "1tks7tJPl36gZysQl4wN8zP8IF+nvSPMpH+noG1JNOuaaWIF+qv2cUuEPK38PFsIIK4JKq"
    "Yn1n6Jkdh3jIaXBKbS/kei7DzUjEEvUWyhXUzKAFZyNmFSeRSB4M0fBgESeH7ujaQs3R+O"
    "QqLQQu1iWVFwoeudngZdECyini7yIMyLFheGEje8PwTh2Mx1pxUIaoUIjrW4bIUT84k8AK"
    "Mgt16SaGmTmyvm99HA4067u1f/5CA78esIYezOJA9ig9RM/0LpKxsEJUp9tFW0mRtvutXQ"
    "XI4aaiQWfFDs2UffzaIJB66iD15OAcC2Maa7pJFcY1inuN+pszhJ54J3U/TYV+Q3fzrMVt"
    "cnqpX6Zw27mM9dq5jNRWJXsRT/cifiW8MJRxsftDlBCKQET5c3t/53NnJosfoDpO/bwhYI"
    "OQ2bbqO21EFmx9Fdj6QI4sT448cSLwKRlFWLPtVfatbqKVytep5PiEjbSjGVCy5/4AqexI"
    "qeyZvM8bg19rwjYLUxsmg0OLlQbWFEX47TaTtOCjAUGB4VElrbJi6icBSKOQbqyXOROmAR"
    "oAlSEL+M60DLJAkAq21RSygA1ZEbKAb6iGgZxaFggusFrxq5L4uBD0xw6LYXXuJXOspBdv"
    "ON1S1NcTDERL21E6WlFGlWUsGrppjKDtlrFBUswPrj8fq6Be/oHS8McxQbp0HWuSqtl6Ll"
    "/YhRna67cdQlgvhPWmUs9Pptw4o37epOkh+nep9Ofz4acxDbp1rpbKcMxPZ5NPM24+7yHf"
    "h6UyGfOfJyPS2b5YKjeTMddD9G9xEbzF5wvzv3ap1aceCfiWRRJZ6To5qXGmLEt+mjaERl"
    "eQzapZMX0Q3tWDoD6Y9bxBfYag5Zv1ICVEaddnkqPvtqhud1R+y1f7KEgLM13nmc7huAz+"
    "yhCeWxc1XVEu4G13/c7m8Q1BuY0OyrW1mm2Lxw2woaKgHFunhgzBPbVLL8+0FR2LU3rzRT"
    "35tIoju/1vX4LNIUU8t2N3KC2U2zFq+LyNIJrhlKp9cKEtyWz+uM+iA7a7t7CaQfFJ9u8F"
    "TSR7VxZ4fSTt07CXgLCk8LIqusd0aphDdID1YawhiUYJcSHUfSFXCg0GJRg5oy5hqmbkQT"
    "dKCOCGwTXZ70zcmI8CdoPDCjxHBDk2IsTnydUwgNMqmXwLq07+dZ4ahZVQwK9jSUglQLrx"
    "+ClTtVpKg2R13UOEUHsxP3eRIIp4R6YeqRpSVKNr+srR0bBwL8nMtAHHDpYoWYuyRN0izR"
    "94rHQNFWnpvSoq0oZmLQPPHaUErvsw1w0FB8t20VrhJylbtUGPon0r+DwVxOcJEJ9HIT6B"
    "IqTeCxmk87ry46FKuvT7MVdtmkrWDnWdF3CnPxhw04XpP25fLZVvs8n4Ez9ccLc95F0vlc"
    "lXbsZPh7TQtHu5VOjo9Kp/PeJ6yP8pzFCexne8Qg13rbf24jcd8G6Oh76Zfq5pvJtB8QOK"
    "H1D8dJMUP45fCEvv4/MZSVD7+HuVmwvE9X8zYxhFQdPYhUsdrCGkEUIak0Map/3BFy5r0k"
    "GbipYbpf+Xys1wPu0vBp9pm3dtBjcuZv3xfLgwYxvta8Kc3i34j5MZf8ONhoQ5/Z3wqKEW"
    "MqZ1ZQ7pXC4V7jfK+A4n4x5yL+tczpTuBo/kC/Bk+u9ZPr7xzC2DtBBG97SvYMlsLtYJE2"
    "qyq2SflqgWPE+pzbhBIAikzkEgNCdXLgknQAgCTl0mPY2As5L0nWCIm1zzHiGG97vO77e9"
    "Geeb6hAtzHSdZzoo2aSUUoJEkHYrqiRfaeqOp+Iqr2HyA/WMHtpx5AB1FGoISG2DF1vLF+"
    "kpI3xbCC0E+B5iTloS4FuztVtwfG94y63WvNFQbOOsG2xYI5xUARjfkDGpwWLmjdhOqOPY"
    "0BS42yJCAWgPvJHaiXJQmjoiFYCdKf/YbABevv2WHH2BhVlAvgTHWNnmfAmuScT0sj8SsI"
    "U9WOuyJ1RhLo/LCxBehYfN5iWlBYjYzqGORuxKgnwATcIZ8gGAj3YzlytUfYCqD6fnj7rN"
    "qfoQZFEZ7FaEh43nt4K8MzBcbWa4mueImB1scEKMYWaiToiqaNazzuM3ESJtoXNUm/wm8u"
    "RXandupVLCkMHJ9Od9xTQsUiNlnr00RNrCvbTFjqYgvILwCsJrFuHVMUjHmQoC97tJoqtn"
    "8a3IVuAzLIPkCqaChm6yYCoAU0FDl2su//QCvNLbiGsCr3VK77O6QZ2W40pwOqsJw+XMQQ"
    "LP5ZumNGyXb50cTms5N9XHSNwIyhrrSCXiIDI2mrpfb5CONZqPTX9Nx6ZDozPJ0NFIesDi"
    "C9lrX0UTWx4/HDO1peuRre93O5m68oWzWn53b0GdaLBlZEmqMOP+fsfNF9nzKriEPeReLp"
    "XBZPxxOLs1DQvO5VKZfx5Op7TNvqhzSWhIPhUPfXtVZlBat22zztCQR3x0yS99kLRtzqKr"
    "QVowhdRnotkq8V2+IsoBSpjlOs8yRDKXoI0LChZpjUlBKkAW4m5PE3friszHAzv3DdVSbE"
    "Ov7RGhdFAKNQbyomPpwqbJlqzMUiPDZvhhrwT1YcE73SRdo+b1qTKFqoaNvabwYO89lXZP"
    "2Kp7lq/HDRalrSCzwfWIwqKDRfXapm7uq8sC84YbDG/7o7Pzt90LUx4gUoJkHSOOUu5txF"
    "XR9N5VRIZxMqH6j4+mhRbgyxTazctY5eZlGGFFNRj5Rxb4R8zO4PRvg69tkpzL/bYIiLgO"
    "hGe3/d9eBcTc0WT8yenug3wwmlxDhaWKXZtBUx+PfjN1tmk09aDjKcOFJcxapgeXSQtp1k"
    "DdcxJ1T3A1FgDvzByw9YmqmG9xAG7yTdD4bjQ6lceQNRFxDtq+u91k2d38neX4ZodldHNV"
    "ef6+R5WiBekdvLVrhDN4a4O3diOXKxGM9GxBxx5FCxftVSrB/CpBML+KCuZE2DNUs0xJjh"
    "XMJq5uLb9pyEKmBUFUPR/GTFqAuJ5ice02kLLjPE4swdUN7+JEuBPHfAQnIlaISxXvEV0l"
    "ldliQWyDkIoqQyqm/dli2B+Nfudn3IAbfrXySIXblop317nq5GAIi8/oBIYwMISBIawLIS"
    "sw6wWErID5EyxzNRE4Dlvm0jgKW96URzrBem6b7TDPFe0kHDSPtWQ9luoi3N9JC/URKx2G"
    "nOre6yaJqMJOIiKl061M6RQk0iolUvN/BNZ4ccbpX6EEmlHwrJMsY74x/EbQN1kwDlIVg/"
    "RpF3HJpsUdOXalH1kg9ihaKJYXn0ZCU+WYXeKw1sqhrTPQnf7N7XDcQ+a/pTKZznuI/Fkq"
    "3/oz7vPkbs71kHu5VAZ388Xklpv1kHO1VOZ30+loSNucK5oXZDYzm+wL0vK5Px5zI9JiXe"
    "RRahU/vbqo7jKdAi5BG3zpQ+fAVZrtifSKPweuIhsU6LTi0W+mdiONTgv/2ElktDwpygOU"
    "kKahPiqs6Cxr+El9zJmW3E8Js1y3WY5o1U5jaf6G7zeq+tg3DLzdMU3NoR7dJEH+2epLFp"
    "3X+WBmwYmC0XQyXyD1AQnIKZuABGWFnjeCgUTyfRD9teiMSPVeB1ldMxILHj1awUqEa2n9"
    "s+gRfrm4uLx8f/Hm8t2Hq7fv3199eOMqFKK3kjQL18NPVLkQeB9TBB1biy7XbhmmbSEv1P"
    "QNMyBTmM4KZP5WDMkiPtNOkAoir6J+fDL55Yr4wm8ZWvRYXINEYDdj4Io1LZtnh0vQPiG4"
    "LEfqHXko5vEPEWs7xgGQ5LYepW0h7OcXaWA/v4iHnd4LuVY7Ra6ysj4hwjZtGhWwQQkmeQ"
    "fYAqzyNud/4xuxYTOS1j4fWo11cgUOT0K8hOafp8Mimn+dFB3bqe/vPWrSyaxNy4rr/O5z"
    "O1XwD8MRHCkX/k+aySk8krAmbOSaLEBrrQZajkjnDkJaVUKauxSy8EJPsbXWamXoqY3J0g"
    "JMx39kW+kBshZJR5Useb9dfieJWda3SwCLO8Xijh4Bqb3lI5QtBPwyDZd/Gc/kX0Z4/PAJ"
    "m35DCVMCl597U9kJL7IqMPD/dT4Zx7iheCRhdaYkGui/SJaaHOXHwpKCEdBhRtLThTPRdY"
    "PKSTpAOD0d1Fn/qbTK7BOlpgF0U258Mxx/6mSbXYesh+wL6mE0GHDcjVl5yLlcKh/7Q7Pw"
    "kPV/qXwafuXG/N20h5yrsP3tND5GttiYRWntJ4F4/vBxExbGM+57DHLY+2q994ETWfy71V"
    "4nMsKaWGrAnC5GYWpwM6rzOw5hsG17xxnTHomJ86vQs1YmilC2SYIvKyg2bLMoxgo3D43a"
    "MMzTWuIYay5/wKzDgcrqmqG4yhAUGvWBbAn8pQaGslZuvPkyvMAPmzAjxkGIHG3SFtpNMB"
    "PuNTmLZt/u3kJ1/sWbtKGjibGjEX8pHRO5LZOXlEfRQpjPLz6k0UldfIhXStF7DEMgQycV"
    "r7L3KEBjf4zG/pnAw8fHlcYo6wNU7XMALF7taiGWOcAzRNY+pEsJ8ySMjfTEwPlaJStWUG"
    "K03C5RCOV7QlXWTuIwItXuJNeTySiwk1wPw7Wn7m6vObLEQ2XWWF7weg73GT9VaywKFZu5"
    "6ZfA4p4uWv5BkOS9xsrnEzsFceStmY7CDDyipIl7yeDJHqzwe8WQGPz2Ab0/cwTQANdHFQ"
    "hWnvZrgOOsPBnCiyOxA9KxOdTaGzhQbiI1GWvMEGzrRjcxhZrbpdzk3p6XyyNphxTf1arF"
    "TMwjsKbzT3Jo66y96cxHff56xvUHn3vIu14q88Vk8GVyt+Bnw/kXcsv/kTovzafDwXByN+"
    "cnsxsrTVKwpZNu+kr2pNUx3V1Z9UdSupj56Gs9jcPxx0kP0b9mlqux6WtmXyyVwWy4GA76"
    "NFGVfZVnekrIVLW//zcWsylFPZI6T0h+5XM63XOWtIWmvCAKez2bzihAVYjKqEZZCy/epg"
    "L6bQLQ0SLxD4QLyKR9dgmqVz53/vdhr4gURHS/l2RDUvTX9LH/1ymXwatMJd1A3+LJlBtn"
    "hN+kodkNufFS6Q++jCffRtzNJ+pC7P9EK3DMJyO7Aod1VY8joFkCcqUbVrvkY/CLa/Osp/"
    "GLIyI7uSPj1TpfxqgoOeg+6zPdLF9nXZWfcjo6B0hhnus8zxUX0arZTFZRQ2sjKAqWs/kS"
    "B4lalFygLC9iG7AoxJkdiAfeSM1COK3PcHBt1Sl5z2Rv3Ks/OJpXo8PQ6/tvd5O0+6rZkc"
    "duz3KV/Lv9PRH2N9hKqIP/gGw6Nc2mk9lHpcjkLj8N/pDaBVK71AFwSO3Syk0FUrtAapeG"
    "TUbjlAIBjjaD/3SArkIXarelUT7UGZzOypS6ZlgwTYm/qvcdhtTlv91Nkro0uyP/b7vnwV"
    "IWfeTQIIMWm9judQNtyBOwgoQHA2tIQKK63UoGOlsSnkQVH5GgadITXpExJVk2K1OY1WL1"
    "ZedVN2wUK/wBS+VZkwyDUEt0RIx0Wh6D/EpFtx8j6EgydGSa3pGuWo8lD9EEfUNaFUU1kK"
    "ySe5LxeqkslQUZZKepItZ1q6/1dXSk7RU6FCJNqiLiv6F/ibJAdsaV5Tz8LyRZTyIvo45f"
    "oz4iqCOd3JGXChFUsUnl9SC/2hwTEdkYndFm56krCa+6SNXM3+PCRd3B8eoVfQqhWpKlQ1"
    "4IdE8rg7w4pH/Rvf7PqvaItdfIWS06wZE8foW3O5XgZUCtkPrzWHkc6djoN8F5rjZiHDC0"
    "J2Nom+W/UJepaBw7Gzg5M890mLh9ziptmmvIbVh4jSPd4GMK8izwj6TozlZV5Ul6SbjfFs"
    "lnk/uOjCbjT0738IFVG4mwjzVJ3HRYoTXWnW5ibI3XBzLMVMaklhxK80QkYGaCrnghwEfS"
    "Qjng4uoqVdKCq4SkBVcRAwN5qTIgbHdvIbrnqTxxzhM8cc4ZnjiqYtgeAWkFLR8JCFoZBa"
    "2THmZ//j9qrK7U"
)
