"""Reaction jobs."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE TABLE IF NOT EXISTS "reaction_job" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(64) NOT NULL,
    "payload" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "claimed_until" TIMESTAMP NOT NULL,
    "attempts" INT NOT NULL,
    "last_error" TEXT
) /* A reaction that must happen after a commit ("stock arrived: fill backorders"), */;
CREATE INDEX IF NOT EXISTS "idx_reaction_jo_claimed_045480" ON "reaction_job" ("claimed_until");
""",
    "postgres": """
CREATE TABLE IF NOT EXISTS "reaction_job" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(64) NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "claimed_until" TIMESTAMPTZ NOT NULL,
    "attempts" INT NOT NULL,
    "last_error" TEXT
);
CREATE INDEX IF NOT EXISTS "idx_reaction_jo_claimed_045480" ON "reaction_job" ("claimed_until");
COMMENT ON TABLE "reaction_job" IS 'A reaction that must happen after a commit (\"stock arrived: fill backorders\"),';
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXVt32ki2/iu1eGlnHSYrtuMkzTxhrCR0MDCA+zKhl0YWZaNjUaIlEcdrTv/3U6X7pS"
    "QkIYGk7BdbVNUuwVe3fa//djbaCqvG64Gk6wrWOz303w6RNpg+RKu6qCNtt34FKzCle9Vq"
    "Kwca3RumLskmLX6QVAPTohU2ZF3ZmopGaCnZqSor1GTaUCGPftGOKH/tsGhqj9hcW9/m65"
    "+0WCEr/B0b7sftk/igYHUV+rLKir3bKhfNl61VNiTmR6she9u9KGvqbkP8xtsXc60Rr7VC"
    "TFb6iAnWJROz7k19x74++3bOD3V/kf1N/Sb2VwzQrPCDtFPNwM+9F/2yjiiOJwtxLixEsZ"
    "MDIFkjDFz6VQ3r1z+yr/CPi/O3799+uHz39gNtYn1Nr+T93/arfWBsQgue8aLzt1UvmZLd"
    "wsLYB1WmAx2HdbCWdD6ubvsIsvQrR5F1cawvtBvpu6hi8miu6cd3b1Nw/LU/G3zuz87evX"
    "3FXqjRyW8virFTc2FVMah9aK3/OaB125cDrVvgY+sv1aODe/HmTQZ0aatEeK26ML7P+H6t"
    "aU/iTlfzwBwhK4S2M03rCfZVJrCvUsC+ioMt65jBIUpmHOsbWmMqG5ywY4QoI3CvHNLX7k"
    "MTpzr9gasJUV+ciZEC/mJ4K8wX/dspe93GMP5SLfz6C4HVXFilL5HSs3eRcfI6Qb8NF58R"
    "+4j+PRkLFryaYT7q1hv9dot/d9h3knamJhLtWZRWga3WLXVR+5udvw9PgcOCFdxL8tOzpK"
    "/EUI0/PYy1st1gBkhsdlw7pB+/zLAqWeDG54HDiMydbpq3BP92p71b6k4Ghp52oSXhGa/a"
    "XGyiJRKRHq2fxN7N3uTybWuJEKxyWTqnKp2lCzQClg5YOmDpgKU7KUsnqaomW2eEyN5s4s"
    "cXPtwC2W0syIf0K0pExjHoE7o63kh0prPhZDZc/NHJNx4eXQ+5T0syGE3m9DDvIedhSebD"
    "8aeRIM4/D6e3wnghfhzOWD23uFNkfM+zDO958uie8wb3WTS2qsLhIa81TcUS4S+jCGVkDO"
    "8paVWD6G5e1XEMPHivJ5NRiEO8Hi4iON/dXguzMxt+2kgxcfBw8EFnjIamr7AubjVVkQsv"
    "J14/R1xL1/3Bl8nsRpjlXUweYQ95j0syE34RBnS12P+LLI+fM6yOnxMXx8/RtUFfIj1h0c"
    "BUWuKsjuQTJkbYPnm2kpOGykhbLJuiIT1g84UeEZr8lHNXSuriiNuTV9LY/Qn0CsmrAPQK"
    "HevIOVCpMGF9NHD8E1UKISWopOO1tjOwqCrk6UCkHKXBb26fbQKtSj3MVNdWO0t3EtPDuF"
    "XdND3MNtAI9DBH218r1sMYT7s8nJzTHLQwoIU5MW98L+l5dYgBklIEkFbP362uyBx0b7Cs"
    "bCSVD7BHE2V0baLXDnEDJ3QKujfCYHjbH52dv+1eRCQJF/i3cUvlTtcxSdJ0JMgSAZojaj"
    "Xu5jc59RkF5/Blhil8mTiDL+OWd+VxbYqPurThcJyJjEOUbD8L0QBVRSlMBMjDP548HBz1"
    "la5tmQldNHbbrapgXczFkSeRwwKzF1hM9ZCCfBz2j5pONy7yBb/EVOQJXgyBrpoFdpL0TI"
    "t16dkTHBMnHMWCIoDtI3pGV8VsOKADkFnTw5QYuAx1z4j208AtLpPKx1I007P9m6NGOMDd"
    "hvU0Yh21FavtTpfXkoHF0qbX1Omx9dNMe3g4WPXq7oQBLVhboKpSn+gdIByFYvBwSdYoBk"
    "8zUCk2ilnppqgUwbULlIoNVSqqVHgTmeQprqSXPFqDOGEhsaYQ5O9rvU+A1uDH0xoUsqJ7"
    "4ppjaDyUBc7MzTVEvE3wQT0Qpr7XUUuRCgtXZcpVDdxnQKaqt0zlO7VwhKqQx0uyVPUcag"
    "Zi1dHOcBCrQKxq4EZ3BLFK1nbE1PMZu32SNqKcBeNkhON+4o/OaZwVXp+ifa7455mm8HnK"
    "FD7naAYow2PueDvwR1WTkrQCAaIIzg+MqnlIp/nBTO6uRwKazoTBcD6cjMOSqFXJinzvmJ"
    "nQH0VR1shjAZiDVIBzBpy3uqLpisnZkRPZtCDJ8XRbdCXWml0D7RZotzJpt0Bhk1X94OR7"
    "gFARcLYAfWAtEFPo5DIl49DVOKX9LGg3bcXp+OmFGgNTlTrTwY5uf5uEnJFuXTc1w1CwFS"
    "hMj8YWVqwwxRtJyZV0zyNoncr04iqLzpS2StY5XZ1Wa1ozTvYYSlMQKEGghKQDteEzbLA4"
    "TIaHYjKHoXlNSmUvvgaTI+LvJtaJpIo6fujQXxKqVFZ4s9VMFj4oPuGXzp8RzuQr3YYlc2"
    "d968D28SdwLEflWIJDmIdxidC10GJ2fvEhi1Hn4kOyUYfVRRJaRVZFDsg5pO3jayoBXcf0"
    "lxom7ZI8Yn2rO/tAdssll7yFU758PwdX0BXzsu4xwvbN9Up4eP9QjSO9P52hT33MhKDC+G"
    "Y4/tTJB7pL1kPOw5JMxuLnyeimh5yHJfFyGwo3gUSHAq2Z9meLYX80+kOkfyYDyofTFpzC"
    "JQnUB0qnw8EX++32A+tx8MXuhP0PvoFlHZ2G+3eKlsSr80puhNHwV/sbe49LMuiPB8JoxE"
    "q9x+A7ZsLibjYOv8QtY4kd3Vr3qVNgwl5mcSK5TPYiuYy5kdjzTbzHD5qOxbWmcni8PDM3"
    "2lONNw2Yvy2Yv81JqnK0U63knCrG7t7UTImjVU3NCxQkg9RAOAh+PDVQEYAB3azoWhFGBf"
    "xRo3Qt3CtKdkq1EMvvmRohqzHPUCf3VHt6cj369s1pvk8fAJ0CNNP5S6qYNyKDR9s+2CuQ"
    "SxhuLCvKeW60Par24VyNwsICrYive4wSHLEzOGLbqBXyeo+TAuIZEG+WWf2o1q12WdWDg7"
    "7brgoOepgSfCnqMuouRoFhT/Qkz2WrDhMdL9Kl9mZrjhkpH7BhKkB2f97PgANHhC3Im+0z"
    "cNNmwyBO8vXpRrJ9htdtQo5P3iwuA91AV22FN7x6D8ihir8d7iNvuVwJ31rmJR+KhIUcs3"
    "sxOk1MXSOhghgeiOEpESYdP+zI6kCQZlYn7YXI3OmHbkwzq5OZ7fLWJqQqd9S2mYMkb22P"
    "ddjjsi1ir+E+x+3OhGCEmXkQaQ9IIsjq4CcDrRXKOekvPfS81hDjUumXps+S2aV/MaFN2c"
    "eX150IoqV0CDFp9fLwflJIglMVH1e3fQvNzeXbiR50bSMe5nIZ6aLGViPwWGuBx5qpHThf"
    "Qx3AbIXZWuVs1bFk8Jx5Fvh7AlvgU9R4bpZhmVwIvy9CVhEXx7Pb/u+vQpaR0WT8yW0ewH"
    "0wmlxH8KbspsZRTyZzCx5BC9kFiLEGu2CoXXFrsC3a5ZJvgiRgudpvufICng+0rLQtQr0b"
    "MasE51XIpjLozwf9GyHNpFK5DsWyHSSpUFzDwj4Niuq2g8Q6TVrb3RQlxinvjD/1tgmZyB"
    "vN8P21k4iZL/FtkASOfo47EP1dpljkuvgwIYQu4eDEjocusZNULBIdFiYEnPfgDOJB+XuE"
    "c6dXPlTDRIAriF3HE7s4k7cEXNt3HVYU2fCaze0mWKVMG/Dy4gi1YR+wZKlWCrfb6xZwR5"
    "kcg1nwNYJtEz5i5zEytJ0u4xViFkckIe/WLnSm6fQzuw3xH8wbCbm3JL+KewiU2PeSLMli"
    "jW16xWAtaXdd5Iznq57ngYDWkmG90Gq6pQXzL3cZnQ2+hlaeY7myctV53zFSB5L9MSV7OK"
    "arYX9A7Cwf0wbm1qInoDD71THn5jCeu3TMIGw/MSPxSOjP7TL7KW6eLmI2Pn+XJWg+ar0J"
    "xMy/AyMbGNlAiq5ky3PYtXywRqgKIVszT4yygY1ynxmRjZIBtKChOImGInTn84HI5rktq2"
    "ZzNyu40XWbIVrU3URLAHge6Kqd+EZOnFppgWJ3wvGuDeLcG5dyfZATeZzv4vXOb2tFXvu6"
    "GQMZWP+GkYSc/v7pP6JnxVwjotmqGavdCt2/IElV40qhEvvdd+WA/4uj9wmA2uaYahtIdN"
    "E+trCN2EKqi6pTXdSKO2wqvqns4YkdMwMXtHIYl/D1rcksS+DC2GzMyoBlvsU6M/yoL4jS"
    "6U7kKTLXurZ7XFvcgyJj47XVNzqTTG2jyGj+rxH6H8pxqHj1SIl07Zljxyq9dy7jEjDjAu"
    "NSD8aFokPHOZeO0Kc43rHalDvodWzz8DnwDJIAoDGFq/SAzRfR2nTyaFwjZABsfKbaCq6t"
    "xr3+KWW6RugA2iRoC9iceaQAcBRgVXtO2hGuNU3FEklwww3SRWC9p4RV4eoyDMd1vb2eTE"
    "YhU+X1MBryend7LczOziOOuZx8kxZ7WMiAHKIswYBcT4Vs3e3FLiapBmOr0tmBcq6sKOkR"
    "F5dX0tjVBbmRk0+OZrpncJZbPCEgePqByrgB2KaojMEtv2S3fNAZFwc4o0tBstI4qMv9hs"
    "vIQcpEjVunrxYhX2nuyDBoSRr2IKr7lOybYNu9enYrBMNSZveQo+q08jm6ajpEpxkyaSNj"
    "t7EiP+izgRF9tykZccX64d1liekIby6hlZAvfuNaefxRVOo/X1xcXr6/eHP57sPV2/fvrz"
    "688U7HeFXaMXk9/MROyhAfCYEewP61D9uk9HPZAj4OTEV3JHApqzAQhtMFi+qwHpakf/PL"
    "3XxxK4xpof+8JIPJHSuy/rFwECswxIsQ8QJEvPgQOzzEjg1xcwyKjDOZDL64mQbdz0uymP"
    "XH84/CrIfcp+jhcppgEucUE60jKr/d0KcDvXaS9TA3tnFCADcKLuRyrDq1j44fMLvKPVf+"
    "pBBRG3KUVp6gSjM5ACdngHXbtwHbNPVvFflfmxU4CVdVlhI3GXDNyxnmFyMEKWK/EjniCX"
    "loaE/I/7JhSGeO7olNtFoF+Ex3uryWDGxHCHJUeOEG3TQV3tZpKnqm5UrTmH6NRk5BhpS6"
    "eaw2MOvEzaz/cdHJh7dN1EPWvyWZW9qHuaN3GH8czm6tuw3cx/DdBgNh+Gv0bgO7jOkd3F"
    "q/jHdbQhFtw0U2qSJFqABu94S3HVCuaCOZisyxC+xz/vHowPMnh+cP/r7FcjEBI0IKnnX1"
    "cfXhiBSYmAXGOEAG41vn8QU9wQ+oJwC3zbaNeha3zdNlgKrdIIPlvtbYpuncTpJLp24gl5"
    "tMB3w3iyNcou8my4l8oN9mSD3p3rLUEuQr9d2MA7dP+bv/DquwAriiy6y+cvTMrnM75Cc4"
    "pbYX8jZX4WYkY4V5CxUKUObQgrMR90YmmUoeHNFw74VMLt3B9wQ1R+NT6JogcKGu6Kqg8J"
    "GbD14eLaCcIZYuxoAcGlIXNbI3DO/MgXW8GQdXCpUKcX2vFHLVD+4g8ALGIk26qSFjrqwf"
    "mB/7g8b63j0+P7Egrgesowfroh+nlx5iZ3oXqVhaIabT7aKNQpTNbuPc6ONyU/EAsnK75s"
    "o+QW0QSD11kHoKcI6lMY013aRK4xrlnc78zTlCT7KTepDmiH5Dd/O8F9UU9FK/zOC2c5no"
    "tXMZuyeV7kUi24vElfTCUcYl7g9xQrjQIc6fO/u7WDjLWHIHx+PUzxsCNgiZbbtJp43Igq"
    "3vCLY+kCOrkyNPnNR7SnuRHvn2Kqeqm2qlCjSqMj4BxLBjimHPdAGvTfFRlzZ5uNgoGZxS"
    "vByuluwhbja5xIMADUgGHBcqZZUX0yAJQBqHdG0v5lyYhmgAVA7zv1a2LCVXTuY/TAXbag"
    "bm34GsDOY/0FXDQM7M/IcnWK0YVEV+WkjGU4fHobp16SwqbSWabrMMl+NJJmL30jE6dh2M"
    "pqpYNg3L+sDKbeuCQqwPngMf7za84h1lCdhNiMpl81hXNN1RbAXiLKxY3qCxEOJ4IY43kz"
    "5+MhXGORXyFk0Psb9L0p/Ph5/GLMrWfVqS4VicziafZsJ83kOBD0tyMxkLPcT+lhegW346"
    "sOAiy6wd9UnAdSyWp8ow6LmMcyVRCtK0IfL5CMmqmhWyB9FbPYjZg1EvGrNnSnqxUQ9TQh"
    "B2fQY5vrZlbbNl0lqxa4rCtDDSdR7pAn7J4I4M0bd1UcqV5eHdds/ufA7dEHPb6JhbR4fZ"
    "tnDbEBsqS+TQK2VoF8K3dmnhuZahQ3Fqn7Gi2sjt4PJLMTFkiNd2zQyVhWq7NoyANxFEK5"
    "xSkw8ushVZyZ92eZTATvMW3lZQfhL9e0mX6d6VB94ASftU7BUgrBBR1WTvnM4Mc4QOsN6P"
    "NSTJqCDug3krFEqRwaEEK2fcA0zTzSLoxgkB3Ci4FvudixsLUMBusF+D54ogh0Z8BBy3Gg"
    "ZwVi1TYGLVyZ3O16PwEgYElSwpqQJoMxF/y3WzLKNBqvbYQ5RQf7E+d5Eky3hLhx5pOiKa"
    "2bVc41hvWLpXVG5agEM7S5WsZVVhXpDWDzxUuoYbZVndMW6UjYxaDp47Tglc936uGy4UrN"
    "pHa4W/KfluE/Qp2jeDzzNBfJ4C8Xkc4hMoQuo9kUE6rys/Hrkpl30/7qzNchO1S13nCdzp"
    "DwbCdGG5iztPS/LbbDL+JA4Xwm0P+c9LMvlVmInTIbtI2ntcEtY7e+pfj4QeCn6KMpSncR"
    "4/ooa71lt7+ZsOuDcnQ99MR9cs7s2g+AHFDyh+ummKH9cxhKf3CTiNpKh9gq2qvYvUc4Cz"
    "QhZlSdfjF5OCqwMELaYGLU77gy9C3jyCDhW7QZT9X5Kb4XzaXww+szL/2QpfXMz64/lwYU"
    "UvOs+UH71biB8nM/FGGA0pP/oHZUsjJbRP+8nq0n1cEuF3xusOJ+Me8h6LcKvl30XKlvoT"
    "/QIiHeh7ngdvMufKIS2Fiz3tYquYh8UG5TAtXpRuwgpTcRe5JzOpEwjxqHOIB0uoVUh8CR"
    "GC9FKXQc8ivawUYyuZ8rrQuMeIYX3XeX07m3GxoY7QwkjXeaTDYktGeSRMBCm04hpwiIEE"
    "v6n6IwpRpRBVWjPFJESV1iCqNLrrgk79EJ06H1eHhyoB2oHfU7OYrqzAhtnNAyKhnTzghw"
    "ZD+9nEWzKTQxOzhHBx11TT5nBxT2ds+RgfCNjC6ax1wePHMBYmRUVHZ+F+o2FFQdEQ/gzh"
    "zydfohD+3BjLGrikVhHRCDntIaf9yRmibnNy2od5Ug5/FWNakxmsMLMMHFarOKzmeV3lBx"
    "s8rjgeV5ps3bxbxEgcIW2hJ0ibjMRFMsW0O0tMJQGV4FH34y4xHcvM9FVkL42QtnAvbbFX"
    "HcilIJeCXJpHLp3hhx0Ji3Xhmm6aJKr7bUACbdLS7qZIoNJG2/FW9g2WKS+k8sH1iaInpk"
    "312qFu7irngXkjDIa3/dHZ+dvuhXXq0bNQsde1y7W+jd/GxGQ1InMU0ilZawI0dZbsCwoA"
    "lxnY/8tE5v8yijDRTI4P0wJ/T9gZ3PZtkKzSuDnh90WIkXMhPLvt//4qxMyNJuNPbvMA5I"
    "PR5BoyAx1ZkIX0Bsnot1eUAZ/3KjLpmDudiDqmv87IKSRyaSFYA1y1T+KqHZ6NJcA7szqc"
    "+f01axJnRZm7ikNw02+Cxnej0ekEcvYNk7zwArXddMHc+p1VXUsSn35wQUlNpHfw0AMPPf"
    "DQax7GpbO6kpHPxOxTtHDSXmUSzK9SBPOruGBOhT1TK3pzBp8Y7neITmSW60IzimHMpQWI"
    "6ykW124DqVYuPrkEVze8yxPhTm5SDQ5EohAXGKm9clxgloChtVE7QDdFVGueq29nJvzrTp"
    "gv8udY9Ah7yHtckml/thj2R6M/xJkwEIa/2j7B0bIl8Wvdp04BJrB8n10wfoHxC4xf3dKN"
    "X7vtquCohylh1Osy6hy33VgSADB5gjWuJkLGfmtclgwptnvkgdksfD/Mdpjkyk6PEjaJtW"
    "Q+Vprqo79VFtoTJh2ObOrVddPEUmmrUDHSbQYSaZNOh26KRGr9j8GaLM647Y8ogeYUPOsk"
    "y1grRlxLxjoPxmGqcpBudSr9LT12le95IPYpWiiWl3+Tma6pCbtEhuvoHNo6A93p39wOxz"
    "1k/VuSyXTeQ/TPkvzWnwmfJ3dzoYe8xyUZ3M0Xk1th1kPu05LM76bT0ZCVuU+0XX82s4qc"
    "B1ryuT8eCyNaYj8UUWpVcFGdrG1znQIeQRv85yPnwFWW7Ym2Sj4HruC+utZrN7LotPD3rU"
    "J7KxKEHqKEyPP6qLDio6zjb1qxy1zClDDKdRvlmFbtNNblyc68174nppEKVnfTRHjNanik"
    "FFJfO9vdvaoYa2zf54f/ynmZ37Xy+KMI9z9fXFxevr94c/nuw9Xb9++vPrzxpPx4VZq4fz"
    "38xCT+0CLJYJSmY5MLfoeglFCYHwb/oFJgq8j59AEOQZ1FqNooA6RHuu8/UjxsnHLgHKds"
    "IeCXF1kiry+SQ68vkgHPu49HKdtkzzvyprKVXlRN4uD/y3wyTtCB+SRR3lORTfR/iB7fTR"
    "yAFCwZGCGOMxYPHw19j7CSrINoPDyk8WuxDBBaY0GONrLLaZqKJZKw0IJ0kTG+p4RVDatX"
    "ctxxvZ5MRqEhvR5Gs0rc3V4Ls7PzSAKVBF+GU/n0UtGIgvKLdt/hevT61d10f167ofi/Ts"
    "t9Ulenj1waZK4lE212honW9A2YIOnBxDqSkKxtNoqJzpYdK6YEsRtevuEV7VNRVcQQsPwZ"
    "jGXnVTeqYy79BUvyrCumSakV1iNGBsWKMvISMZzXSAZSTAPJ0s6gtZr9WvoSXTLWtJQQzU"
    "SqRusU8/WSLMmCdrLVNRkbht3W/joG0neEdYVokUZk/E/0H1mV6M64EnfEVNT/IMV+E12M"
    "Bn6N+oiijgxaoy4JFVSxReW3oL/a6hNR2RidsWL3rSsFr7pI063f48H1ICkqXr1ib6FUSz"
    "p16IJA9y9IIi8u6U+G3/5Z05+w/hq5s8WgONLXr/Bmq1G8zNedbukmcRCcjyU4PymEg3+y"
    "fOG2b6FUUYFNFxjaUzG0YK36IdjZ0MmZe6SjxMcZ7GMeMm0aa4myZ5st75q1ZOVMgAQiaK"
    "P6FlUyTBHrOi8YKDntYJiqDc4TaYukrOSDNZEI+1hX5HWH50Jr13RTHWj9NuA9ezQmtWLv"
    "2W9UAs55r0OApIVywMXVVSbvqasU76mrmIGBLqocCDvNW4jueSYf5fMUH+VzTrylRkxuXv"
    "dkQStAAoJWTkHrpIfZ3/8PodXZYA=="
)
