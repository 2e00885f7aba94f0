"""Returns (RMAs with lines) and refunds."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "return_request" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(20) NOT NULL /* REQUESTED: REQUESTED\nPARTIALLY_RECEIVED: PARTIALLY_RECEIVED\nRECEIVED: RECEIVED */,
    "actor" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "refund" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "note" TEXT,
    "actor" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "return_request_id" INT REFERENCES "return_request" ("id") ON DELETE SET NULL
);
        CREATE TABLE IF NOT EXISTS "return_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "product_id" INT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "quantity" INT NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "restocked_quantity" INT NOT NULL,
    "disposed_quantity" INT NOT NULL,
    "return_request_id" INT NOT NULL REFERENCES "return_request" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_return_line_return__0d9389" UNIQUE ("return_request_id", "product_id"),
    CONSTRAINT "return_line_quantities_valid" CHECK ("quantity" > 0 AND "restocked_quantity" >= 0 AND "disposed_quantity" >= 0 AND "restocked_quantity" + "disposed_quantity" <= "quantity")
);
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "return_request" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(20) NOT NULL,
    "actor" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "return_request"."status" IS 'REQUESTED: REQUESTED\nPARTIALLY_RECEIVED: PARTIALLY_RECEIVED\nRECEIVED: RECEIVED';
        CREATE TABLE IF NOT EXISTS "refund" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "note" TEXT,
    "actor" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE,
    "return_request_id" INT REFERENCES "return_request" ("id") ON DELETE SET NULL
);
        CREATE TABLE IF NOT EXISTS "return_line" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "product_id" INT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "quantity" INT NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "restocked_quantity" INT NOT NULL,
    "disposed_quantity" INT NOT NULL,
    "return_request_id" INT NOT NULL REFERENCES "return_request" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_return_line_return__0d9389" UNIQUE ("return_request_id", "product_id")
);
ALTER TABLE "return_line" ADD CONSTRAINT "return_line_quantities_valid" CHECK ("quantity" > 0 AND "restocked_quantity" >= 0 AND "disposed_quantity" >= 0 AND "restocked_quantity" + "disposed_quantity" <= "quantity");
ALTER TABLE "refund" ADD CONSTRAINT "refund_amount_positive" CHECK ("amount" > 0);
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXW13okja/iscv2zmrNunNUl3j/tJDd3ttFFXTc/MtnM4BCuREwQHMOmcffq/P1W8Fl"
    "AgICjQ95cEq+ou8aq3+73+19pqa6QYb4airstIb/W4/7VUcYvwQ7iqzbXE3c6vIAWmeK9Y"
    "bSWq0b1h6qJk4uIHUTEQLlojQ9LlnSlrKi5V94pCCjUJN5TVR79or8p/75Fgao/I3Fhv8+"
    "0vXCyra/QdGe7H3ZPwICNlHXhZeU2+2yoXzNedVTZSzY9WQ/Jt94KkKfut6jfevZobTfVa"
    "y6pJSh+RinTRRKR7U9+T1ydv5/xQ9xfZb+o3sV+RolmjB3GvmNTPvRf8spYgTKZLYcEvBa"
    "GVASBJUwm4+FUN69c/klf4V7dz9f7qw+W7qw+4ifWaXsn7H/ZX+8DYhBY8k2Xrh1UvmqLd"
    "wsLYB1XCAx2FdbgRdTaubvsQsviVw8i6OFYX2q34XVCQ+mhu8Md3Vwk4fu3Ph5/784t3V7"
    "+QL9Tw5LcXxcSp6VpVBGofWut/Bmjd9sVA6xb42PpL9eTgdt++TYEubhULr1UXxPcF3W80"
    "7UnY60oWmENkudB2pmk1wb5OBfZ1AtjXUbAlHRE4BNGMYn2Da0x5i2J2jABlCO61Q/rGfa"
    "jjVMc/cD1VlVdnYiSAvxzd8otl/3ZGvm5rGH8rFn79JU9qulbpa6j04l1onLxOuN9Hy88c"
    "+cj9dzrhLXg1w3zUrW/02y3/2yLvJO5NTVC1F0FcU1utW+qi9oOcvw9P1GFBCu5F6elF1N"
    "dCoMafHsZG3m0RASQyOwYO6ccvc6SIFrjReeAwIgunm/otwR/utHdL3clA0NO6Whye0apt"
    "dxsuEVXx0fpJ5LvJN7l820ZUVaQwWTqnKpmloxoBSwcsHbB0wNKdlaUTFUWTrDNCIN9sos"
    "dXNty8ut9akI/wK4qqhCLQx3R1upFozeaj6Xy0/LOVbTw8uh7nPq3U4Xi6wId5j3MeVupi"
    "NPk05oXF59Hslp8shY+jOalnFrfyjG8nzfB24ke3wxrcF8HYKTKDhxxomoJElb2MQpShMb"
    "zHpGUNort5lccxsOAdTKfjAIc4GC1DON/dDvj5hQ0/biSbiD4cfNAJo6Hpa6QLO02RpdzL"
    "idXPCdfSoD/8Mp3f8POsi8kj7HHe40qd87/xQ7xa7P95lsevKVbHr7GL49fw2sBfIj4hwU"
    "BYWmKsjvgTJkLYPHm2lJMGy0g7JJmCIT4g8xUfEZr0lHFXiuvihNuTV1Lb/Qn0CvGrAPQK"
    "LevIOVKpMCV91HD8Y1UKASWoqKONtjeQoMjq05FIOUqD390+mwRamXqYma6t95buJKKHca"
    "vaSXqYHdUI9DAn219L1sMYT/ssnJzTHLQwoIU5M298L+pZdYgUSSECSKPn706XJQa6N0iS"
    "t6LCBtijCTO6NtEbh7iGEzoB3Rt+OLrtjy86V+1uSJJwgb+KWir3uo7UOE1HjCxB0ZxQq3"
    "G3uMmoz8g5hy9TTOHL2Bl8GbW8y48bU3jUxS2D44xlHMJkh1mIGqgqCmEiQB7++eRhetTX"
    "urYjJnTB2O92iox0IRNHHkcOC8xeYBHVQwLyUdg/ajreuNQv6DWiIo/xYqC6qhfYcdIzLt"
    "bFF09wjJ1wGAuMALKP6DleFfPREA9Aak0PUWKgItQ9Y9xPDbe4VCqf3V6XNqKBhMIgmzk9"
    "Nh46S0eP2aJnRwNzhKcS6WlMOmoqVtrDw9GqV3cnpLRgTYGqTH2id4AwFIr04RKvUaRPM1"
    "Ap1opZaSeoFMG1C5SKNVUqKlh4E4jkKazF1yxagyhhLrEmF+TvK71PgNbg59Ma5LKie+Ka"
    "Y2g8VlxIzc3VRLyN8UE9Eqa+11FDkQoKokXKoDXcZ0CmqrZM5Tu1MISqgMdLvFT1EmgGYt"
    "XJznAQq0CsquFGdwKxStL2qqlnM3b7JE1EOQ3G8QhH/cQfndM4Lbw+RfNc8TuppnAnYQp3"
    "GJoBzPCYe9YO/FHRxDitAEUUwvmBUNUP6SQ/mOndYMxzszk/HC1G00lQErUqSZHvHTPn++"
    "Mwypr6mANmmgpwToHzTpc1XTYZO3Ism0aTnE63hVdipdk10G6BdiuVdgsUNmnVD06+BwgV"
    "AR0X+FhUAaudjKEyRePY1TjD/SxxN03F6fTphWoDU5k60+EeL+ZtTM5It66dmGGIbgUK05"
    "OxhSUrTNFWlDMl3fMIGqcy7V6n0ZniVvE6p+vzak0rxsmeQmkKAiUIlJB0oDJ8hg0Wg8nw"
    "UIznMDSvSaHsxTc6OSL6biJdFRVBRw8t/EsClfIabXeaScIHhSf02vorxJl8w9uwaO6tt6"
    "a2j7+AYzkpx0IPYRbGJUTXQItZp/shjVGn+yHeqEPqQgmtQqsiA+QM0ubxNaWAriP8Sw0T"
    "d6k+In2nO/tAesslk7yBU754Pwd/j4+ifTi7nk99yvyU/ORmNPnUyoa4S9bjnIeVOp0In6"
    "fjmx7nPKxUL9Uef0Pl3eNxzaw/X4764/GfAv4zHWK2ELdgFK5Uqp4qnY2GX+xvtx9Ij8Mv"
    "difkP/0NJAnmLNi/U7RSvTqv5IYfj77ab+w9rtRhfzLkx2NS6j3S3zHnl3fzSfBL3DKSZ9"
    "CtdZ9aOWbrZRqfhst4p4bLiFeDPd+Ee/Sg6UjYaAqD5cgyc8M9VXi/hvnbgPlbnxwfJzvS"
    "Ck7xYezvTc0UGUq+xDQ1NBlkqkE0+NFMNXkABnTTomsFvORwjwzTNXCvKNhH0kIsu6NkiK"
    "zCPEOVvCXt6cl0MDs0p9kuZgB0AtBEBS0qQtYAARZt82AvQS4huJGEJp3MaHtUzcO5FBuY"
    "DVoe1+sIJfgFp/ALtlHL5YQdJQXEUyBeLyvvSY0tzTLy0oO+361zDnqQEkz7VRl1FyNq2G"
    "MdmzOZToNEpwu8qLwVldaz2e57GYENUgGyh9NQUv4EIbYga/JJ6uLHmkEc53rSDiWfDK7b"
    "mJSTrFlcBLpUV02FN7h6j0jpiZ6Pd9m2PID454Y5bQcCMyHlaUVz8tQSKggpgZCSAmHS0c"
    "NeXR8J0tzqpLkQmXv92I1pbnUytz2wmoRU6X7DNnMQ5zzssQ4HPIgF5DU85EfcmqqIQ8Q8"
    "yGkPnKhyVgf/MLiNjDkn/bXHvWw0jnCp+KXxs2i28V+k4qbk4+ubVgjRQjqEEKlqORw/yW"
    "qMUxUbV7d9A83NxduJHnRtKxznchnqosJWI/BYa4DHmqkdOV8DHcBshdla5mzVkWiwnHmW"
    "6HsMW+BTVHhuFmGZXPJ/LANWERfHi9v+H78ELCPj6eST25zCfTieDkJ4Y3ZTY6gn47kFj6"
    "CB7AKE/IJdMNAuvzXYFu0yyTc0CViuDluuvPjbIy0rTQuYbofMKvS8CthUhv3FsH/DJ5lU"
    "StehWLaDOBWKa1g4pEFR3HaQ56VOa7udoMQ45xXm5942ITF2rRm+v/eiambLw0qTwNHPcA"
    "fCv8sU8txeHiSE0CVET+xo6BI5SYU80WFBQsD5AM4gHhS/RzhXTGVDNUgEuILYdTqxizF5"
    "C8C1ebczhZENrtnMboJlyrSUlxdDqA36gMVLtWKw3UG3gDvM5BjEgq+pyDbhc+Q85gxtr0"
    "tozRGLIydy3iVS3IWm48/kcr5/EW8kzr2095eoh0CBfa/UlbrcIJteNkhL3F2bc8bzl57n"
    "gcBtRMP6QqvpDhcsvtyldDb4Flh5juXKSp3mvWOoDiT7U0r2cEyXw/6A2Fk8pjXMrYVPQH"
    "7+1THnZjCeu3TEIGw/ESPxmO8v7DL7KWqezmM27rxLEzQftt5QMfPvwMgGRjaQokvZ8hx2"
    "LRusIapcyFbME6NoYMPcZ0pkw2QALWgozqKhCFxBfCSyWS5vqtjcTQtueN2miBZ1N9ECAF"
    "5QXTUT39CJUyktUOSKMtYtNoxrzBJus3Eij7PdA976fSNLG183Y3AG0p8RJ3JOf//2H7kX"
    "2dxwqmarZqx2a+7+lRMVJaoUKrDfQxnw/V8cTm8PaptTqm0g0UXz2MImYgupLspOdVEp7r"
    "Cu+Cayh2d2zAxeFsrgXSK3icYzLsFbTFNxLcc4aX4L84Vg/6kaI1FDnfrNvP9xmVWhbhH1"
    "OOvfSl3wE/yB/F2pw+nk42h+a0VuuY/ByK0hP/oajtyyy4hS3q31y1ixYHkU89107pAJ3p"
    "ARZ1PNZBwJ8dFcbnuI5coRy7U3ta1oylIU8IGmKUhUY0K6aLoQ8PeYsKx15ZWcFvvBdDoO"
    "YD8YhcG9ux3w84tOyJ0vyryj7zsk5bM7hUgLMDzVaPZXyM7kYpJoaDKQauYYY4oMxrfK41"
    "sv8zEk7IWEvTDq6dZ6NPva2ezblRtk0GRWGtsETeZ5LIVVA7lYUyFoM/MjnNLYHa/OLDQp"
    "bUA92bTktCdT/MZF5jPRTasALilU/xtDz+xG1IDZ+JzaXvBKL57R0pGE5Gcsf+QAl0l7Op"
    "Tf1gRiK2xc0gyWaHgw3NylOzoKuj4an1xB0BAJVFIgdPDIzQYvixZQPiySRRmQI+WGiJG9"
    "ZninjuZlzTgImC4U4uoGTC9MTXoao2ektBiyBlXbThIyDNJOULyGBx1jh+SWZaSTIGPllc"
    "N0upPlnDM3urZ/3FieqrKEjDdW39yFaGpbWeIW/xlz/+RETkHrR0ykay+MmOnCe2eLPP68"
    "BSfZakg7GB08zpni0XwK4MKjgo7tL55JvvFJANBIcJ/4gMxXwdp0slg/QmQAbHSm2tzLTn"
    "PASD1dQ3QAbRy0uZQdUVIAOAywor3E7QiJbmMBuhO6jbkMQ229xiSLPczlbRKgBJ+i6vgZ"
    "RN1LrEpnB8q4ssKk4JOZYXWBW0/8ydFctx7QJYNTTx2wTdIgg0azWI0mePTkB7hAj56t9o"
    "yKuO+WiBq3Tl8NQr5Uj54gaHEadhrVQ0r2Ld32oJ7dSvdpKbN7nKPqtO4OddV0HJ5mnIkb"
    "GfutlWUUPxuIw99tikZUsX58d2lCSIObS2AlZIsVHciPP4tK/ddu9/Lyffft5bsP11fv31"
    "9/eOudjtGqpGNyMPpETsoAHwlJRYH9ax62cVcdpguEPvLawxOB27JilGdLJ1h5tlyp/Zvf"
    "7hbLWyse2n8mUdF3pMj6R6KcrSSkXjZSLxmpl4vUTkVq5yF177MUCGcyHX5xb7V0P6/U5b"
    "w/WXzk5z3OfQofLjGDXnLiUucUE6wjKrvd0KcDvXac9TAztlFCADcMLtwbWvY1Ujp6QDpS"
    "WTcexaMcIGpCDoXSL0OD/BRM9W8Z+Skgyrphivk0UdaUa17GkNsIIUgRKSJDg56QxwaHBv"
    "wva4Z06vDQyESrloesE73qKvVZSrxQk3aiGs+NhqXsDYcVeX3vHp9/EMUa5jK4B+uiH6eX"
    "HkeiXtqcgjcyjmzCbW4rq/J2v3Vu9HF9cKJKvWK7ZrrK0vHSEBd4OnkhIZ1s9tiqwsKqKr"
    "pRFRZXJe11IgMwPOXiBQea5oSZ9e4WWS+qySk5XKYQHC5j5YbLyD2peC8SyF4krMVXhmEr"
    "dn+IEsKFDlHtgrO/C7k9P+M7OB0T2akJ2GA7adpNOk1EFrLhnCAbDkRalueXdO6k3rgX0V"
    "qH0YwuTlU7MY8L1ajMDN4ghp1SDHvBC3hjCo+6uM3CxYbJ4JRixdVYsoew3WYSDygakAwY"
    "DinyOiumNAlAGoV0Yy/mTJgGaABUBvO/kXfETTIj8x+kgm01BfPvQFYE8091VTOQUzP/wQ"
    "lWKQZVlp6WovHUYnGobl0yi4pbCabbLMXleKLJkXvpCB1J0aEpCpJMw7I+kHLbuiCr1gfP"
    "pZF1G17+jtL4I8fcW0PmsS5ruqPYomzkf5Hbbuh0OnDTzTmY6xredDOd8ZOMCnmLpseRvy"
    "u1v1iMPk3IPTTu00odTYTZfPppzi8WPY76sFJvphO+x5G/xV1hU7yLJr3IUmtHfRLwHYz4"
    "DhoGPpdRJsc2mqYJvlcncCCsl7vVadFvrr8VhL83bdRdjBJvtTBFPd+oBykhpUh1Bjm6ti"
    "VtuyPSWr7UMUFaGOkqj3SOzL2QsBdiGauilCsqB3LTcx9nS3kMOSxqfSuNo8Ns2oU0ATZU"
    "EtVj03zgLvjnZmnhmZahY3FqnrGi3LuN6OWXYGJIcaORa2Yo7TIj14ZBeRNBtMI5NfngIl"
    "uSlfxpn0UJ7DRvYAR58YHN96Iu4b0rC7wUSfNU7CUgLKuCokneOZ0a5hAdYH0Ya7hGroS4"
    "D+KtkOsSOQYlWDmjHmCabuZBN0oI4IbBtdjvTNwYRQG7wWENniuCHBvxQTlu1QzgtFomam"
    "JVyZ3O16OwEgbQSpaEVAG4mYCeM2X7JDScoj32rHuvXq3PbU6UJLTDQ89pOqdqZttyjSO9"
    "IfFeVphpAY7tLFGylhSZeEFaP/BY6RqyfJK6U2T5DI1aBp47Sglc92GuG5K8le2jtUbkGs"
    "AsEPsUzZvBnVQQdxIg7kQhPoMipNoTGaTzqvLjoeyl5P2YszZNdmCXusoTuNUfDvnZ0nIX"
    "d55W6u/z6eSTMFrytz3Of16p06/8XJiNSHJf73Glkt7JU38w5nsc/SnMUJ7HefyEGu5Kb+"
    "3Fbzrg3hwPfT0dXdO4N4PiBxQ/oPhpJyl+XMcQlt6HchpJUPvQrcrM9UEFKVohi5Ko6zIE"
    "LULQYragxVl/+IXPmkfQoepx9v+VejNazPrL4WdS5j9b4YvWlRGjpRW96DxjfvRuKXyczo"
    "UbfjzC/OifmC0NleA+7SerS/dxpfJ/EF53NJ30OO8xD7faTaeQSNBHhHkqstSf8AsIeKDv"
    "WR688Zwrg7QQLva8i61kHhYZmMO0eFG8CctExZ2DnY3tBEI8qhziQRJq5RJfAoQgvVRl0N"
    "NIL2vZ2ImmtMk17hFiWN9VXt/OZpxvqEO0MNJVHumg2JJSHgkSQQqtqAYcYiDBb6r6iEJU"
    "KUSVVkwxCVGlFYgqDe+6oFM/RqfOxtXhoQqAduj3VC+mKy2wQXbziEhoJw/4scHQfjbxhs"
    "zkwMQsIFzcNdU0OVzc0xlbPsZHArZ0Omtc8PgpjIVxUdHhWXjYaFhSUDSEP0P489mXKIQ/"
    "18ayBi6pZUQ0Qk57yGl/doaoXZ+c9kGelMFfRZjWeAYryCwDh9UoDqt+XlfZwQaPK4bHlS"
    "ZZN+/mMRKHSBvoCdIkI3GeTDHNzhJTSkAleNT9vEtMRxIxfeXZS0OkDdxLG+xVB3IpyKUg"
    "l2aRS+foYa8GxbpgTTtJEtX9NiCB1mlptxMkUHGr7Vkr+wZJmBdS2OD6ROET06Z641DXd5"
    "WzwLzhh6Pb/viic9XuWqcePgtle127XOtV9DYmIqupEkMhnZC1hqKpsmSfUwC4TMH+X8Yy"
    "/5dhhFXNZPgwLdH3mJ3Bbd8EySqJm+P/WAYYORfCi9v+H78EmLnxdPLJbU5BPhxPB5AZ6M"
    "SCLKQ3iEe/uaIM+LyXkUnH3OuqoCP864yMQiKTFoI1wFX7LK7awdlYALxzq8O531+9JnFa"
    "lJmrOAA3fhNucjcen08gJ28Y54VH1baTBXPrd5Z1LUl0+sEFJRWR3sFDDzz0wEOvfhgXzu"
    "qKRjYTs0/RwEl7nUowv04QzK+jgjkW9kwt780ZbGK43yE8kUmuC83IhzGTFiCuplhcuQ2k"
    "XLn47BJc1fAuToQ7u0mVHohYIY4aqYNyHDVLwNBaqx2gnSCq1c/VtzXn/3PHL5bZcyx6hD"
    "3Oe1yps/58OeqPx38Kc37Ij77aPsHhspXq17pPrRxMYPE+u2D8AuMXGL/ahRu/9rt1zlEP"
    "UsKoV2XUGW67kSQAYPIEa1xFhIzD1rg0GVJs98gjs1n4fpjNMMkVnR4laBJryHwsNdVHfy"
    "cvtSekthiyqVfXThJLxZ2MxUi3GUikdTod2gkSqfU/Amu8OOO2P6EEmlHwrJIsY60YYSMa"
    "mywYB6mKQbrRqfR3+NiVv2eB2KdooFhe/E1muqbE7BIprqNzaKsMdKt/czua9Djr30qdzh"
    "Y9Dv9Zqb/35/zn6d2C73He40od3i2W01t+3uPcp5W6uJvNxiNS5j7hdv353CpyHnDJ5/5k"
    "wo9xif2QR6lVwkV1krbLdAp4BE3wnw+dA9dptifcKv4cuIb76hqv3Uij00LfdzLuLU8Qeo"
    "ASIs+ro8KKjrKOnrV8l7kEKWGUqzbKEa3aeazL0715r32PTSNFV7eTRHjNaniiFFLfWrv9"
    "vSIbG2Tf54f+zniZ30B+/FmE+1+73cvL9923l+8+XF+9f3/94a0n5UerksT9wegTkfgDiy"
    "SFURqPTSb4HYJCQmF+GvxppcBOlrLpAxyCKotQlVEGiI9433/EeNg4ZcA5StlAwC+7aSKv"
    "u/Gh1914wLPu42HKJtnzTryp7MRXRRMZ+P+2mE5idGA+SZj3lCWT+z8OH991HIAELAkYAY"
    "4zEg8fDn0PsZKkg3A8PKTxa7AMEFhjNEcb2uU0TUGiGrPQaLrQGN9jwrKG1Ss57bgOptNx"
    "YEgHo3BWibvbAT+/6IQSqMT4MpxH6uojXZY2LZbB1K5pJ5pL/TZgKz3xyVuarfQZ6UbGLJ"
    "4USQN5ye71dSpd+XWCrvw6wk7iRZWFabebNxDdTiqLdCfBIt1heNdqqsnM4hfPJ1IkwCdm"
    "5BPPepj9+H8x9dnt"
)
