"""Indexes."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQL = {
    "sqlite": """
CREATE INDEX "idx_order_custome_3b6ad1" ON "order" ("customer_id");
        CREATE INDEX "idx_order_event_order_i_bd254e" ON "order_event" ("order_id");
        CREATE INDEX "idx_order_line_order_i_b67cd5" ON "order_line" ("order_id");
        CREATE INDEX "idx_stock_movem_stock_l_22330b" ON "stock_movement" ("stock_level_id");
        CREATE INDEX "idx_package_shipmen_5cd396" ON "package" ("shipment_id");
        CREATE INDEX "idx_shipment_task_id_b66bc3" ON "shipment" ("task_id");
        CREATE INDEX "idx_shipment_li_shipmen_22768c" ON "shipment_line" ("shipment_id");
        CREATE INDEX "idx_tracking_ev_shipmen_515f40" ON "tracking_event" ("shipment_id");
        CREATE INDEX "idx_refund_return__710510" ON "refund" ("return_request_id");
        CREATE INDEX "idx_refund_order_i_ab8f81" ON "refund" ("order_id");
        CREATE INDEX "idx_return_requ_order_i_dd0596" ON "return_request" ("order_id");
""",
    "postgres": """
CREATE INDEX IF NOT EXISTS "idx_order_custome_3b6ad1" ON "order" ("customer_id");
        CREATE INDEX IF NOT EXISTS "idx_order_event_order_i_bd254e" ON "order_event" ("order_id");
        CREATE INDEX IF NOT EXISTS "idx_order_line_order_i_b67cd5" ON "order_line" ("order_id");
        CREATE INDEX IF NOT EXISTS "idx_stock_movem_stock_l_22330b" ON "stock_movement" ("stock_level_id");
        CREATE INDEX IF NOT EXISTS "idx_package_shipmen_5cd396" ON "package" ("shipment_id");
        CREATE INDEX IF NOT EXISTS "idx_shipment_task_id_b66bc3" ON "shipment" ("task_id");
        CREATE INDEX IF NOT EXISTS "idx_shipment_li_shipmen_22768c" ON "shipment_line" ("shipment_id");
        CREATE INDEX IF NOT EXISTS "idx_tracking_ev_shipmen_515f40" ON "tracking_event" ("shipment_id");
        CREATE INDEX IF NOT EXISTS "idx_refund_order_i_ab8f81" ON "refund" ("order_id");
        CREATE INDEX IF NOT EXISTS "idx_refund_return__710510" ON "refund" ("return_request_id");
        CREATE INDEX IF NOT EXISTS "idx_return_requ_order_i_dd0596" ON "return_request" ("order_id");
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXVt32ki2/iu1eGlnHSYrtuMkzTxhrCR0MDCA093T9NLIomx0LEq0JOJ4zen/fqp0v5"
    "SEJCSQlP1ii6raJfjqtu/1385GW2HVeD2QdF3BeqeH/tsh0gbTh2hVF3Wk7davYAWmdK9a"
    "beVAo3vD1CXZpMUPkmpgWrTChqwrW1PRCC0lO1VlhZpMGyrk0S/aEeWvHRZN7RGba+vb/P"
    "EnLVbICn/Hhvtx+yQ+KFhdhb6ssmLvtspF82VrlQ2J+dFqyN52L8qautsQv/H2xVxrxGut"
    "EJOVPmKCdcnErHtT37Gvz76d80PdX2R/U7+J/RUDNCv8IO1UM/Bz70W/rCOK48lCnAsLUe"
    "zkAEjWCAOXflXD+vWP7Cv84+L87fu3Hy7fvf1Am1hf0yt5/7f9ah8Ym9CCZ7zo/G3VS6Zk"
    "t7Aw9kGV6UDHYR2sJZ2Pq9s+giz9ylFkXRzrC+1G+i6qmDyaa/rx3dsUHL/2Z4PP/dnZu7"
    "ev2As1OvntRTF2ai6sKga1D631Pwe0bvtyoHULfGz9pXp0cC/evMmALm2VCK9VF8b3Gd+v"
    "Ne1J3OlqHpgjZIXQdqZpPcG+ygT2VQrYV3GwZR0zOETJjGN9Q2tMZYMTdowQZQTulUP62n"
    "1o4lSnP3A1IeqLMzFSwF8Mb4X5on87Za/bGMZfqoVffyGwmgur9CVSevYuMk5eJ+jX4eIz"
    "Yh/RvydjwYJXM8xH3Xqj327x7w77TtLO1ESiPYvSKrDVuqUuan+z8/fhKXBYsIJ7SX56lv"
    "SVGKrxp4exVrYbzACJzY5rh/TjlxlWJQvc+DxwGJG5003zluDf7rR3S93JwNDTLrQkPONV"
    "m4tNtEQi0qP1k9i72Ztcvm0tEYJVLkvnVKWzdIFGwNIBSwcsHbB0J2XpJFXVZOuMENmbTf"
    "z4wodbILuNBfmQfkWJyDgGfUJXxxuJznQ2nMyGi987+cbDo+sh92lJBqPJnB7mPeQ8LMl8"
    "OP40EsT55+H0VhgvxI/DGavnFneKjO95luE9Tx7dc97gPovGVlU4POS1pqlYIvxlFKGMjO"
    "E9Ja1qEN3NqzqOgQfv9WQyCnGI18NFBOe722thdmbDTxspJg4eDj7ojNHQ9BXWxa2mKnLh"
    "5cTr54hr6bo/+DKZ3QizvIvJI+wh73FJZsIvwoCuFvt/keXxc4bV8XPi4vg5ujboS6QnLB"
    "qYSkuc1ZF8wsQI2yfPVnLSUBlpi2VTNKQHbL7QI0KTn3LuSkldHHF78koauz+BXiF5FYBe"
    "oWMdOQcqFSasjwaOf6JKIaQElXS81nYGFlWFPB2IlKM0+NXts02gVamHmeraamfpTmJ6GL"
    "eqm6aH2QYagR7maPtrxXoY42mXh5NzmoMWBrQwJ+aN7yU9rw4xQFKKANLq+bvVFZmD7g2W"
    "lY2k8gH2aKKMrk302iFu4IROQfdGGAxv+6Oz87fdi4gk4QL/Nm6p3Ok6JkmajgRZIkBzRK"
    "3G3fwmpz6j4By+zDCFLxNn8GXc8q48rk3xUZc2HI4zkXGIku1nIRqgqiiFiQB5+MeTh4Oj"
    "vtK1LTOhi8Zuu1UVrIu5OPIkclhg9gKLqR5SkI/D/lHT6cZFvuCXmIo8wYsh0FWzwE6Snm"
    "mxLj17gmPihKNYUASwfUTP6KqYDQd0ADJrepgSA5eh7hnRfhq4xWVS+ViKZnq2f3PUCAe4"
    "27CeRqyjtmK13enyWjKwWNr0mjo9tn6aaQ8PB6te3Z0woAVrC1RV6hO9A4SjUAweLskaxe"
    "BpBirFRjEr3RSVIrh2gVKxoUpFlQpvIpM8xZX0kkdrECcsJNYUgvx9rfcJ0Br8eFqDQlZ0"
    "T1xzDI2HssCZubmGiLcJPqgHwtT3OmopUmHhqky5qoH7DMhU9ZapfKcWjlAV8nhJlqqeQ8"
    "1ArDraGQ5iFYhVDdzojiBWydqOmHo+Y7dP0kaUs2CcjHDcT/zROY2zwutTtM8V/zzTFD5P"
    "mcLnHM0AZXjMHW8H/qhqUpJWIEAUwfmBUTUP6TQ/mMnd9UhA05kwGM6Hk3FYErUqWZHvHT"
    "MT+qMoyhp5LABzkApwzoDzVlc0XTE5O3IimxYkOZ5ui67EWrNroN0C7VYm7RYobLKqH5x8"
    "DxAqAs4WoA+sBWIKnVymZBy6Gqe0nwXtpq04HT+9UGNgqlJnOtjR7W+TkDPSreumZhgKtg"
    "KF6dHYwooVpngjKbmS7nkErVOZXlxl0ZnSVsk6p6vTak1rxskeQ2kKAiUIlJB0oDZ8hg0W"
    "h8nwUEzmMDSvSansxR/B5Ij4u4l1Iqmijh869JeEKpUV3mw1k4UPik/4pfNnhDP5g27Dkr"
    "mzvnVg+7C7cdgjFj7xJ7AwR2VhgmOah5OJ0LXQhHZ+8SGLlefiQ7KVh9VFMlxFlkkOyDmk"
    "7WN0KgFdx/SXGibtkjxifas7+0B2UyaXvIVTvnzHB29rz8vLxwjbN9crYer9UzaO9P78hj"
    "71MTOECuOb4fhTJx/oLlkPOQ9LMhmLnyejmx5yHpbES3Yo3AQyHwq0ZtqfLYb90eh3kf6Z"
    "DChjTltwCpckUB8onQ4HX+y32w+sx8EXuxP2P/gGloZ0Gu7fKVoSr84ruRFGw6/2N/Yel2"
    "TQHw+E0YiVeo/Bd8yExd1sHH6JW8YyPbq17lOnwIS9zOJVcpnsVnIZ8yux55t4jx80HYtr"
    "TeXweHlmbrSnGm8aMH9bMH+bk2XlaKdayUlWjN29qZkSR82amigoSAa5gnAQ/HiuoCIAA7"
    "pZ0bVCjgo4qEbpWrhXlOylaiGW31U1QlZjnqFO/qr29OS6+O2b03wnPwA6BWhmBJBUMW+I"
    "Bo+2fbBXIJcw3FialPPcaHtU7cO5GoWFBVoR5/cYJXhmZ/DMtlEr5AYfJwXEMyDeLDv7Ua"
    "1b7TKzBwd9t10VHPQwJThX1GXUXYwCw57oWp7LVh0mOl7oS+3N1hwzUj5gw1SA7P5EoAGP"
    "jghbkDf9Z+DqzYZBnOT8042k/wyv24Skn7xZXAa6ga7aCm949R6QVBV/O9xp3vLBEr61zG"
    "0+FBoLSWf3YnSaILtGQgVBPRDUUyJMOn7YkdWBIM2sTtoLkbnTD92YZlYnM9vlrU1IVe65"
    "bTMHSe7bHuuwx4dbxF7DfZ7cnQnBCDPzINIekESQ1cFPBlorlHPSX3roea0hxqXSL02fJb"
    "NL/2JCm7KPL687EURL6XB/kNofzi8Fb+9je3s/KSTBwYqPq9u+habn8m1GD7q2EQ9zv4x0"
    "UWMLEnivtcB7zdQOnK+hDmC2wmytcrbqWDJ4jj0L/D2BLfApajw3y7BSLoTfFiELiYvj2W"
    "3/t1chK8loMv7kNg/gPhhNriN4U9ZT46gqk7kFj6CF7AIEYIONMNSuuGXYE36yyzdBErBi"
    "7bdiedHQB1pZ2ha+3o2YWILzKmRfGfTng/6NkGZeqVyfYtkRktQprpFhnzZFddtVmXUHFB"
    "qnUmic8nL5U2+hkLK80czfXzuJmPky5AZJgA3guAnR32WKRe6VDxNCSBMOTux4SBM7VcUi"
    "UWNhQsB5D84gKpS/RziXf+VDNUwEuIIIdjwRjDN5S8C1ffdmRZENr9nc7oNVyrcB7y+OgB"
    "v2DUuWcKVwu73uAneUyTGYZV8j2DbtI3YeI0Pb6TJeIWZ9RBLyrvdCZ5pOP7NrE//BvJSQ"
    "e53yq7jnQIl9L8mSLNbYplcM1pJ210XOeL7qeZ4JaC0Z1gutpltaMP9yl98JoevlvbGy0X"
    "nfMVIHkv0xJXs4pqthf0DsLB/TBubcoiegMPvqmHZzGNJdOmYctp+YwXgk9Od2mf0UN1UX"
    "MSGfv8sSTB+15ARi6d+BwQ0MbiBFV7LlOexaPlgjVIWQrZlXRtnARrnPjMhGyQBa0FCcRE"
    "MRuhz6QGTzXKtVs7mbFdzous0QRepuoiUAPA901U58IydOrbRAscvjePcLcS6YS7lnyIlI"
    "zndDe+fXtSKvfd2MgQysf8NIQk5///Qf0bNirhHRbNWM1W6F7l+QpKpxpVCJ/e67m8D/xd"
    "GLB0Btc0y1DSTAaB9b2EZsIQVG1SkwasUdNhXfVPbwxE6agZtcOYxL+J7XZJYlcLNsNmZl"
    "wDLiYp0ZftQXROl0JyIVmWtd2z2uLe5BkbHx2uobnUmmtlFkNP/XCP0P5ThUvHqkRLr2zL"
    "Fjld47l3EJmHGBcakH40LRoeOcS0foUxzvWG3KZfU6tnn4HHgGSQDQmMJVesDmi2htOnk0"
    "rhEyADY+U20F11bjXguVMl0jdABtErQFbM48UgA4CrCqPSftCNeapmKJJLjhBukisN5Twq"
    "pwdRmG47reXk8mo5Cp8noYDX+9u70WZmfnEcdcTh5Kiz0sZEAOUZZgQK6nQrbu9mIXk1SD"
    "sVXp7EA5V1aU9IiLyytp7OqCnMnJJ0cz3TM4yy2eKBA8/UBl3ABsU1TG4JZfsls+6IyLA5"
    "zRpSBZaRzU5X7DZeQmZaLGrdNXi5CvNKdkGLQkDXsQ1X1K9k2w7V49uxWCYSmze8hRdVp5"
    "Hl01HaLTDJm0kbHbWJEf9NnAiL7blIy4Yv3w7rLEdIQ3l9BKsGI7AtaG/NkarpXHH0XN/v"
    "PFxeXl+4s3l+8+XL19//7qwxvvxIxXpR2d18NP7PQM8ZYQ/AEsYfuwTUpPly0I5MBUdUcC"
    "l7IPA2E4XbBID+thSfo3v9zNF7fCmBb6z0symNyxIusfCxGxgkW8qBEvaMSLGbFDRux4ET"
    "cHoci4lcngi5uJ0P28JItZfzz/KMx6yH2KHjinCTBxTjbROrby2xJ9OtB1J1kUc2MbJwRw"
    "o+BCrseq0/3o+AGza99z5VQKEbUhh2nlSas0kwNwcoZYt30bsE1TCVeRH7ZZwZRwrWUpsZ"
    "QRATr7KRwnBCliv2I54h15aLhPyCezYUhnjviJTbRaBf1Md7q8lgxsRw1y1HrhBt00td7W"
    "aSp65uaK05xGoqkga0rdvFgbmIniZtb/uOjkw9sm6iHr35LMLe3D3NE7jD8OZ7fW3QfuY/"
    "jug4Ew/Bq9+8AuY3oHt9Yv492mUETbcJFNqkgRKoDbPeFtCJQr2kimInPsAvscgjw68AbK"
    "4Q2Ev2+xXEzAiJCCt1193H84IgUmZoExDpDB+NZ5fEFP8APqCcCVs22jnsWV83RZoWo3yG"
    "C5rzW2aTq3k+TXqRvI5SbYAX/O4giX6M/J8iQf6MsZUk+6tzC1BPlK/TnjwO1T/u6/4yqs"
    "AK7osqs/OHpm1+EdchacUtsLuZyrcDOSscK8hQoFLXNowdmIe0uTTCUPjmi495Iml+7gu4"
    "Oao/EpdHUQuFBXdH1Q+MjNBy+PFlDOEF8XY0AODbOLGtkbhnfmYDvejINrhkqFuL7XDLnq"
    "B3cQeEFkkSbd1DAyV9YPzI/9gWR9726fn1hg1wPW0YN1+Y/TSw+xM72LVCytENPpdtFGIc"
    "pmt3Fu+XG5qXhQWbldc2WfoDYIpJ46SD0FOMfSmMaablKlcY3yTmf+5hyhJ9lJPUhzRL+h"
    "u3ney2sKeqlfZnDbuUz02rmM3Z1K9yKR7UXiSnrhKOMS94c4IVzyEOfPnf1dLJx5LLmD43"
    "Hq5w0BG4TMtt2u00ZkwdZ3BFsfyJHVyZEnTvQ9pb1Ij3x7lVPVTbVSBRpVHJ+wVrYsw0n+"
    "3B4glR0olT3T9bw2xUdd2uRhaqNkcGjx0rxaooi42eSSFgI0IChwPKqUVV5MgyQAaRzStb"
    "2Yc2EaogFQObJA4EzLIQuEqWBbzSALOJCVIQsEumoYyJllgfAEqxW/qshPC8l46vAYVrcu"
    "nWOlrUTTbZbh/jzJROzqOkbHbozRVBXLpmEZI1i5bWxQiPXB8+fjXZhXvKMs/HFCkC6bx7"
    "qi6Y6eKxB2YYX2Bm2HENYLYb2Z1POTqTDOqZ+3aHqI/V2S/nw+/DRmQbfu05IMx+J0Nvk0"
    "E+bzHgp8WJKbyVjoIfa3vHjd8rODBRdZZmWpTwKeZLG0VYZBz2WcK6dSkKYNgdBHyF3VrA"
    "g+CObqQQgfjHrRED5T0ouNepgSYrLrM8jxtS1rmy2T1ordZBSmhZGu80gXcFMG72QIxq2L"
    "Uq4sh++2O3rn8++GENxGh+A6Osy2Rd+G2FBZIofeOkO7EL61SwvPtQwdilP7jBXVBnIHl1"
    "+KiSFD+LZrZqgsctu1YQSciyB44ZSafPCYrchK/rTLowR2mrfw8oLyc+rfS7pM96488AZI"
    "2qdirwBhhYiqJnvndGaYI3SA9X6sIWdGBWEgzFuhUMYMDiVYOeMeYJpuFkE3TgjgRsG12O"
    "9c3FiAAnaD/Ro8VwQ5NAAk4LjVMICzapkCE6tO7nS+HoWXPyCoZEnJHECbifhbrstnGQ1S"
    "tcceooT6i/W5iyRZxls69EjTEdHMruUax3rD0r2icrMEHNpZqmQtqwrzgrR+4KHSNVwwy+"
    "qOccFsZNRy8NxxSuC693PdcL9g1T5aK/xNyXe5oE/Rvhl8ngni8xSIz+MQn0ARUu+JDNJ5"
    "XfnxyMW57PtxZ22Wi6ld6jpP4E5/MBCmC8td3Hlakl9nk/EncbgQbnvIf16SyVdhJk6H7F"
    "5p73FJWO/sqX89Enoo+CnKUJ7GefyIGu5ab+3lbzrg3pwMfTMdXbO4N4PiBxQ/oPjppil+"
    "XMcQnt4n4DSSovYJtqo29YfnAGeFLMqSrvPvKXWxhghGiGBMj2Cc9gdfhLw5Bh0qdrso+7"
    "8kN8P5tL8YfGZl/rMVy7iY9cfz4cIKZXSeKXN6txA/TmbijTAaUub0d8qjRkpon/aT1aX7"
    "uCTCb4zxHU7GPeQ9FmFdy7+nlK37J/oFRDrQ9zx33mQ2lkNaCkt72sVWMUOLDcpuWowp3Z"
    "EVpu8ucodmUicQ71HneA+WbKuQLBMiBFGmLoOeRZRZKcZWMuV1oXGPEcP6rvP6djbjYkMd"
    "oYWRrvNIh2WYjPJImAjyacXV4RAQCU5U9UcUQkwhxLRmWkoIMa1BiGl01wUF+yEKdj6uDg"
    "9VArQDv6dmMV1ZgQ2zmweERTs5wg+NjPYzjbdkJocmZgmx467dps2x457O2HI4PhCwhdNZ"
    "6yLJj2E5TAqRjs7C/RbEiiKkY2ZEuEEgcSZBaHSTcIbQaHBXbeZ0hXz3kO/+9PxRtzn57s"
    "MsKofdivGwyfxWmHcGhqvNDFfzfLLygw3+WBx/LE227uwtYkKOkLbQT6RNJuQiSWXanVCm"
    "kthL8Lf7cZeYjmVmGCuyl0ZIW7iXttjnDsRUEFNBTM0jps7ww46ExbpwTTdNMNX9NscMJN"
    "KxudOJqGNKZ4CQWs3q76YIqdJG2/EW/w2WKbuk8sH1iaKHqk312qFu7kbAA/NGGAxv+6Oz"
    "87fdC+tgpMelYi99l7F9G7/biYlzROaosFNy4ARo6iz8F5QRLjNICJeJ8sFlFGGimRwnqA"
    "X+nrAzuO3bIHylMXzCb4sQr+dCeHbb/+1ViN8bTcaf3OYByAejyTXkGTqyrAvJEpLRb6+0"
    "A07zVeTlibKW2cHl0kK0B/h6n8TXOzwbS4B3ZnU48/tr1iTOijJ3FYfgpt8Eje9Go9PJ7O"
    "wbJrnxBWq76bK79TuruuQkPv3gupOaSO/g0wc+feDT1zyMS2d1JSOfFdqnaOGkvcokmF+l"
    "COZXccGcCnumVvQeDj4x3BYRncgsWYZmFMOYSwsQ11Msrt0GUq1cfHIJrm54lyfCndzqGh"
    "yIRCEuMFJ75bjALDmaLRbENvAMTs3WOBP+dSfMF/kTNnqEPeQ9Lsm0P1sM+6PR7+JMGAjD"
    "r7YLcbRsSfxa96lTgCEs38UXDGFgCANDWLd0Q9huuyo46mFKGPW6jDrHyzeWUQDMn2CZq4"
    "nAsd8ylyXdiu1NeWBqDN9tsx3mubJzrYTNYy2Zj5XmDelvlYX2hEmHI6d6dd00EVXaKlSk"
    "dJtVKZ2CRHpMidT6H4M1WZxx2x9RAs0peNZJlrFWjLiWjHUejMNU5SDd6rz8W3rsKt/zQO"
    "xTtFAsL/+ONF1TE3aJDBfdObR1BrrTv7kdjnvI+rckk+m8h+ifJfm1PxM+T+7mQg95j0sy"
    "uJsvJrfCrIfcpyWZ302noyErc59ou/5sZhU5D7Tkc388Fka0xH4ootSq4Ao8WdvmOgU8gj"
    "b40kfOgass2xNtlXwOXMFNeK3XbmTRaeHvW4X2ViRmPUQJger1UWHFR1nH37RiN8OEKWGU"
    "6zbKMa3aaSzNk515r31PTEIVrO6mifCa1fBoCai2u3tVMdbYvikQ/5XT1nytPP4owv3PFx"
    "eXl+8v3ly++3D19v37qw9vPCk/XpUm7l8PPzGJP7RIMhil6djkgt8hKCUs5ofBP6gU2Cpy"
    "Pn2AQ1BnEao2ygDpke77jxQPG6ccOMcpWwj45UWWKOyL5DDsi2TA8+7jUco22fOOvKlspR"
    "dVkzj4/zKfjBN0YD5JlPdUZBP9H6LHdxMHIAVLBkaI44zFxkfD4COsJOsgGhsPWf9aLAOE"
    "1liQo43scpqmYokkLLQgXWSM7ylhVcPqlRx3XK8nk1FoSK+H0QwTd7fXwuzsPJJMJcGX4V"
    "T+vVQ0oqD8ot13uN69fnU33bfXbij+r9Nyn9TV6SOXBplryUSbnWGiNX0DJkh6MLGOJCRr"
    "m41iorNlx4ovQey6mG94RftUVBUxBCx/BmPZedWN6phLf8GSPOuKaVJqhfWIkUGxooy8RA"
    "znNZKBFNNAsrQzaK1mv5a+RJeMNS0lRDORqtE6xXy9JEuyoJ1sdU3GhmG3tb+OgfQdYV0h"
    "WqQRGf8T/UdWJbozrsQdMRX1P0ix30QXo4Ffoz6iqCOD1qhLQgVVbFH5LeivtvpEVDZGZ6"
    "zYfetKwasu0nTr93hwPUiKilev2Fso1ZJOHbog0P0LksiLS/qT4bd/1vQnrL9G7mwxKI70"
    "9Su82WoUL/N1p1u6SRwE52MJzk8K4eCfLF+47VsoVVRg0wWG9lQMLVirfgh2NnRy5h7pKP"
    "FxBvuYh0ybxlqi7Nlmy7uzLVk5EyCBaNqovkWVDFPEus4LBkpOQRimaoPzRNoiKSsRYU0k"
    "wj7WFXnd4bnQ2jXdVAdavw14zx6NSa3Ye/YblYBzXgMRIGmhHHBxdZXJe+oqxXvqKmZgoI"
    "sqB8JO8xaie57JR/k8xUf5nBNvqRGTmwY+WdAKkICglVPQOulh9vf/A79WFMc="
)
