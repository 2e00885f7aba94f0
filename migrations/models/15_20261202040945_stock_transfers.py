"""Stock transfers."""

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
""",
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    raise NotImplementedError("Restore from a backup to go back; migrations only move forward.")


MODELS_STATE = (
    "eJztXVt32ki2/iu1eBlnHSYrtuMkTT9hrCR0MDCA+zJhlloWZaNjUaIlEcdrTv/3U6X7pS"
    "QkIYGk7JdElmoX8FWpau9vX+q/nY22wqrxeiDpuoL1Tg/9t0OkDaYX0Udd1JG2W/8Bu2FK"
    "96rVVg40ujdMXZJNevtBUg1Mb62wIevK1lQ0Qu+Snaqym5pMGyrk0b+1I8pfOyya2iM219"
    "a3+fofelshK/wdG+6f2yfxQcHqKvRllRX7bOu+aL5srXtDYn60GrJPuxdlTd1tiN94+2Ku"
    "NeK1VojJ7j5ignXJxKx7U9+xr8++nfND3V9kf1O/if0VAzIr/CDtVDPwc+9F/15HFMeThT"
    "gXFqLYyQGQrBEGLv2qhvXrH9lX+OfF+dv3bz9cvnv7gTaxvqZ35/3f9kf7wNiCFjzjRedv"
    "67lkSnYLC2MfVJkOdBzWwVrS+bi67SPI0q8cRdbFsb7QbqTvoorJo7mmf757m4Ljr/3Z4H"
    "N/dvbu7Sv2gRqd/PZLMXaeXFiPGNQ+tNb/OaB125cDrXvDx9Z/VY8O7sWbNxnQpa0S4bWe"
    "hfF9xvdrTXsSd7qaB+aIWCG0nWlaT7CvMoF9lQL2VRxsWccMDlEy41jf0CemssEJK0ZIMg"
    "L3yhF97V40carTH7iaEPXFmRgp4C+Gt8J80b+dso/bGMZfqoVffyGwJxfW3ZfI3bN3kXHy"
    "OkG/DRefEfsT/XsyFix4NcN81K1P9Nst/t1h30namZpItGdRWgWWWveui9rfbP99eApsFu"
    "zGvSQ/PUv6Sgw98aeHsVa2G8wAic2Oa0f045cZViUL3Pg8cBSRudNN817Bv91p7951JwND"
    "T7vQkvCMP9pcbKJ3JCI9Wj+JfTb7JFdvW0uEYJWr0jmP0lW6QCNQ6UClA5UOVLqTqnSSqm"
    "qytUeI7JNN/PjCh1sgu40F+ZB+RYnIOAZ9QlfHG4nOdDaczIaLPzr5xsOT6yH3akkGo8mc"
    "buY95FwsyXw4/jQSxPnn4fRWGC/Ej8MZe8693SkyvudZhvc8eXTPeYP7LBpbVeHokNeapm"
    "KJ8F+jiGRkDO+paFWD6C5e1WkMPHivJ5NRSEO8Hi4iON/dXguzMxt+2kgxcXBz8EFnioam"
    "r7AubjVVkQu/Trx+jvguXfcHXyazG2GW92XyBHvIu1ySmfCLMKBvi/1/kdfjpwxvx0+JL8"
    "dP0XeDfoj0hEUDU2uJ83Yk7zAxwfbZs5XsNNRG2mLZFA3pAZsvdIvQ5Kecq1JSF0dcnrw7"
    "jV2fgFdIfguAV+hYW86BpMKE9dHA8U+kFEIkqKTjtbYzsKgq5OlApBzS4De3zzaBViUPM9"
    "W11c7iTmI8jPuom8bDbAONgIc52vpaMQ9jPO3yaHJOc2BhgIU5sW58L+l5OcSASCkGSKvn"
    "71ZXZA66N1hWNpLKB9iTiSq6ttBrR7iBEzoF3RthMLztj87O33YvIpaEC/zbuKdyp+uYJD"
    "EdCbZEQOaIrMbd/CYnn1FwDl9mmMKXiTP4Mu55Vx7XpvioSxuOxpmoOETF9qsQDaAqSlEi"
    "wB7+8ezh4KivdG3LXOiisdtuVQXrYi6NPEkcXjD7BYtRDynIx2H/qOl04SJf8EuMIk+IYg"
    "h01Sywk6xneluXnj3DMXHCUSwoAtjeomf0rZgNB3QAMjM9jMTAZdA9I9pPA5e4TJSPRTTT"
    "vf2bQyMcEG7DehqxjtqK1Xany2vJwGJp02vq9Nj6aaY9PBxMvborYYAFayNU9AkxHsqZX9"
    "Y7uXA6bNv8qpKE9XZdDgsb3JGTadigCgA8bKM0vG4KDwvxcMDENpSJVanFKzJzXVxJL3mo"
    "lrhgIVuwEOTva71OANXy41EthUIPPBvX8c4eajdkVoEbwgkkBO4eCFPf66ilSIUt0jKN0Q"
    "auM2CIlgsVW7NEa9HSMf3WxqGL1g3tj+Vkzeze2gRblaaoH0DFsUVD0VXJxuhzqBlYo0dT"
    "fcAaBWu0gQvdEaxRWdsRU88XWOGLtBHlLBgnIxzPSXh0duOs8PoS7Uv7OM80hc9TpvA5h1"
    "ChCo+5463AH1VNSiJTAkIRnB+YVPOQTou5mtxdjwQ0nQmD4Xw4GYcNeOshu+VHYs2E/iiK"
    "skYeC8AclAKcM+C81RVNV0zOipyopgVFjkcJ0jex1uoakIJACmYiBYHnykpFOLVFIC0JAn"
    "uARq0FYgqdXKZkHPo2Tmk/C9pNW3GCUlZZUHJDngxR4VishQOe2jqpfLi0Ha/6CeBVcaW0"
    "Hd1cNwnVb91n3dRaacFWQMcfa7ZUTcfjjaTkKh/qCbSOkL+4ysLI01bJjObVaTn5mm2kx6"
    "Dkga4AugLKp9RGz7DB4igZHorJGobmNSlVvfgaLPOKv5tYJ5Iq6vihQ39J6KGywputZrJE"
    "aPEJv3T+E9FMvtJlWDJ31rcOLB92N456xBLBrBvhTwKl5qhKTRD7PLpNRK6FLtvziw9ZvI"
    "oXH5K9iuxZpHpf5MXJATlHtH2qTyWgOxFutEvyiPWt7qwD2V3nXPEWTvnyA228xT6vdh8T"
    "bN9cr0TN9/fdONL7a7f60sesfiyMb4bjT518oLtiPeRcLMlkLH6ejG56yLlYEq+Qq3ATqO"
    "oq0CfT/mwx7I9Gf4j0n8mAquq0BefmkgSeB+5Oh4Mv9qfbF6zHwRe7E/Z/8BNYieVpuH/n"
    "1pJ4z7w7N8Jo+Kv9jb3LJRn0xwNhNGJ3vcvgZ8yExd1sHP4Q9x6rYus+da86BSbsZZYops"
    "vkMKbLWByTPd/Ee/yg6VhcaypHx8szc6M91XjRgPnbgvnbnApSR9vVSi4gZezuTc2UOMRr"
    "ahG0oBjUQcNB8ON10IoADOhmRddKsikQEB2Va+FaUXJUtJPOlDc0OiJWY52hTvHR9vTkhp"
    "Tum9P8oFIAOgVo5haQVDFvShBPtn2wV2CXMNxYiZ7z3Gh7Uu3DuRrCwgKtSLJFTBIyATJk"
    "AtioFUq7iIsC4hkQb5bn/ajerXY53oODvtuuCg56WBLCLeoy6i5GgWFPTGXI5asOCx0v1a"
    "r2bmuOGykfsGEpQHZ/keNAjEdELchb2jhwrHDDIE4KB+pGShuH39uEgsa8WVwGuoGu2gpv"
    "+O09oGA0/nZ4koYVlSV8y5am0RTIw6nYUFB7L0anSepsJFSQRFbXJLJGwgT1ygrBpuOHHV"
    "kdiNXM6qS9EJk7/dD1fGZ10sLJVHkIvK1TJcXBexrXnmB4EXsN94XEdyYEI8y8qkh7QBJB"
    "Vgf/MNBaoQqn/tJDz2sNMeWefml6LZld+i8mtCn78+V1J4JoKR3uz/b76vxSFjYPQfLHDJ"
    "J/UkhCXBofV7d9Cz325bvaHnRtIx4WtRrposaONwj6a0HQn6kdOF9DHcBshdla5WzVsWTw"
    "4qEW+HuCWuBL1HhuluHcXQi/L0KOJRfHs9v+769CzqXRZPzJbR7AfTCaXEfwpqqnxmF4k7"
    "UFT6CF6gJksoNrNdSuuEPdM36y2zdBEXD+7Xf+eWnlBzqn2lYHoBvxTAXnVcgtNejPB/0b"
    "Ic0rVTmfYrlfkugU1zezj01R3XZVli8KEhqsDoDxtANm47jMBoM8h6riNG+hogJHDDRNC/"
    "xrJxEzX0XroAjoA5wwK/q7THGrKzJn5qZmg4UFISUMByd2PCWMba9ikay7sCDgvAdnsBnK"
    "XyOcMw7zoRoWAlzBFjueLcaZvCXg2r7jAaPIht/Z3OGXVRq6geg5jqUbjq1LNnWlcLu9cQ"
    "N3VMkxmItfI9j28SO2HyND2+kyXiHmhkQS8o7jQ2eaTv9mkUv/ZJFLyD01/lU8hKDEvpdk"
    "SRZrbMsrBmtJu+siZzxf9bwQBbSWDOsDraZbemP+5S5/NELXqxtkmfHed4w8A8v+mJY9bN"
    "PVqD9gdpaPaQNrltEdUJj96vh4c3jUXTnmJbavmOd4JPTn9j37Ku6zLuJLPn+XpRhB1KUT"
    "qEXwDjxv4HkDK7qSJc9R1/LBGpEqhGzNwjPKBjaqfWZENioG0AJDcRKGInSY+4HI5jkGr2"
    "ZzNyu40fc2Qxauu4iWAPA80FU78Y3sOLVigWKHPfJObOIcCJlycpOT0R16CfcTQ7+tFXnt"
    "czMGMrD+DSMJOf397F+iZ8VcI6LZ1IzVboXuX5CkqnFSqMR+95324P/i6FEOQNsck7aBAi"
    "LtUwvbiC2UEKm6hEittMOm4puqHp44WjNw8jJHcQmfy5yssgROgs6mrAxYRWGsM8eP+oKo"
    "nO6kpiJzrWu7x7WlPSgyNl5bfaMzydQ2iozm/xqh/6Eah4pXj1RI1545fqzSe+cqLgE3Li"
    "gu9VBcKDp0nHNxhL7E8bbVN7WGN5i1ZevwOfAMigCgMcJVesDmi2gtOnkY14gYABufqTbB"
    "tdUU3rFaKdM1IgfQJkFbwOfMEwWAowCr2nPSinCtaSqWSEIYblAuAus9FawKV1dhOG7o7f"
    "VkMgq5Kq+H0TzYu9trYXZ2HgnM5dTxtNTDQg7kkGQJDuR6ErJ19xe7mKQ6jK2HzgqU882K"
    "ih7x5fLuNPbtgprTyTtHM8MzOK9bvNAiRPoBZdwAbFMoYwjLLzksHzjj4gBnDClIJo2DXO"
    "43XEZtV2Zq3Dp9tQj5SotLhkFLYtiDqO4j2TfBtnt5disFwyKze8ihOq2Cjy5Nh+g0QyZt"
    "ZOw2VuYHvTYwop9tSkacWD+8uyw5HeHFJfQm2CUafG9D/jqU18rjj0Kz/3RxcXn5/uLN5b"
    "sPV2/fv7/68MbbMeOP0rbO6+EntnuGdEtI/gCVsH3YJtWpy5YEcmDNuiOBS9WHgTCcLlim"
    "h3WxJP2bX+7mi1thTG/610symNyxW9Z/LEXEShbxska8pBEvZ8ROGbHzRdxihCLTViaDL2"
    "5JQvdvt9Sh/zz895IsZv3x/KMw6yH3KrohnSYBxdn5RGtby+9r9OWAC0/yOObGNi4I4EbB"
    "haKQVZcD0vED1jHhVa5JRjkk1IZip5UXtdJMDsDJpWTd9m3ANo0yrqKQbLOSLeHY0FJyLS"
    "MGdvZdOC4IVsZ+4jkSPXloOlAoZrNhSGfOCIpNtFolBU13uryWDGxnFXJov3CDbhrtt3Wa"
    "ip47uuJ6qJFsK6iqUrco1wZWqriZ9T8uOvnwtoV6yPpvSeYWOzF3eInxx+Hs1jokwb0MH5"
    "IwEIa/Rg9JsO8xXsJ96t/jHbtQhG24yGZVpBgVoO2e8NgEqhVtJFOROX6DfQFDnhxEC+WI"
    "FsLft1guZmBERCEarz7hQRyTAhOzwBgHxGB86zy+wBP8gDwBhHq2bdSzhHqermpU7QYZPP"
    "u1xjaNcztJ/Z26gVxuAR6I9yyOcInxnqyO8oGxniF60j2uqSXIVxrvGQduH/m7/zCsMAFc"
    "0alYXzk8sxsQDzUNTsn2Qq3nKsKMZKywaKFCSc0cWQg24p7iJFPLg2Ma7j3EyZU7+Gyh5j"
    "A+hY4WghDrio4XCm+5+eDlyQLKGfLvYgrIoWl4USd7w/DOnIzHm3FwDFGpENf3GCKXfnAH"
    "gZdkFmnSTU0zc239wPzYn2jW987++QdL/HrAOnqwDgdyeukhtqd3kYqlFWKcbhdtFKJsdh"
    "vnFCBXm4onnZXbNdf2CbJBYPXUweopoDmWpjTWdJEqTWuUdzqLN+cYPclB6kGZI8YN3c3z"
    "Hm5TMEr9MkPYzmVi1M5l7GxVuhaJbC0SV9ILh4xLXB/ignAIRFw/d9Z3sXBlsuQOjqepnz"
    "cEbDAy23b6ThuRBV/fEXx9YEdWZ0eeuBD4lPYiPfL9Vc6jbqqXKtCo4vyEtbJlFVDy1/4A"
    "q+xAq+yZvs9rU3zUpU0epTYqBpsWrwysZYqIm00uayEgA4YCJ6JKWeXFNCgCkMYhXdsvcy"
    "5MQzIAKscWCOxpOWyBsBQsqxlsAQeyMmyBQFcNAzmzLRCeYLXSVxX5aSEZTx2ewuo+S9dY"
    "aSvRdJtlOF9PMhE72o7JsRNlNFXFsmlYzgh233Y2KMT6w4vn4x2oV7yjLPpxQpIum8e6ou"
    "kOzxVIu7BSe4O+Q0jrhbTeTPT8ZCqMc/LzlkwPsX+XpD+fDz+NWdKte7Ukw7E4nU0+zYT5"
    "vIcCfyzJZCx+noxoY+diSW4mY6GH2L/lZfCWXy8s+Nplpk99EYgtixWyMgy6U+NcVZaCMm"
    "1IjT5CNatm5fRBelcPkvpg1Ism9ZmSXmzUw5KQpV2fQY6/27K22TL7rdjZR2FZGOk6j3SB"
    "wGWIV4b03LrQdGWFgLc99DtfxDck5TY6KddhNduWjxtSQ2WJHHpODe1C+NYuXp7rKzoUp+"
    "zui3rqaUfO7A6+fSk+hwz53K7fobJUbtepEYg2gmyGU1L7EEJbkdv8aZeHA3aat/A0g/KL"
    "7N9LukzXrjzwBkTax7BXgLBCRFWTvW06M8wROcB6P9ZQRKOCvBAWvlCohAZHEpyc8ZAwTT"
    "eLoBsXBHCj4Frqdy5tLCABq8F+As81QQ7NCAlEcjUM4KwkU2Bi1Sm+zqdReAUFghxLSikB"
    "2kzE33KdVstkkKo99hAV1F+sv7tIkmW8pUOPNB0RzexasXKsNyzdKyq3bMChnaVa1rKqsL"
    "BI6wceal3DibTs2TFOpI2MWg6dOy4JWvd+rRsOHKw6RGuFvyn5Thv0Jdo3g88zQXyeAvF5"
    "HOITECH1nshgnddVH4+cpMu+H3fWZjnJ2pWu8wTu9AcDYbqw4sedqyX5bTYZfxKHC+G2h/"
    "zrJZn8KszE6ZAdNO1dLgnrnV31r0dCDwX/iiqUp4kdPyLDXeulvfxFB6Kbk6FvZpxrluhm"
    "IH6A+AHip5tG/LhxITzeJxAzkkL7BFtVWwvEi3+zchhlSdf5B5e6WENKI6Q0pqc0TvuDL0"
    "LeooOOFDtulP2/JDfD+bS/GHxm9/xrK7lxMeuP58OFldvoXFPl9G4hfpzMxBthNKTK6R9U"
    "R43coX3aV1aX7uWSCL8zxXc4GfeQd1nn40zZavBEv4BIh/+eF+ObrNxyREtRdE/7Clas5m"
    "KDKqGWukrXaYWx4EWO2kzqBJJA6pwEwmpyFbJwQoJg4NRl0LMYOCvF2EqmvC407jFheL/r"
    "/H47i3GxoY7IwkjXeaTDlk1GKyUsBGW34iT5Ste2IjNXRR3TH2jkjNBOEgeo41BDQmobot"
    "haPklPmeHbQmghwXefctKSBN+azd2S83ujS+5x3RsNxTbJu8GHNaZJlYDxDe2TOSxmfo/t"
    "hDpJDc2Au2MilID2wO+pnSiHrakDSgE4lfIPrQbg19tvydYXmpgl1EtwnZVtrpfguUSsKP"
    "sDAVs4nbWuesIx3OVJdQGis3C/27yisgAx3zmco5E4k6AeQJNwhnoAEKPdzOkKpz7AqQ+n"
    "14+6zTn1IayictStmA6brG+FdWdQuNqscDUvEDE/2BCEmKDMxIMQNdk6z7pI3EREtIXBUW"
    "2KmyhSX6ndtZUqSUOGINMf9xXTscyclEXW0ohoC9fSFgeagvEKxisYr3mMV9chneQqCD3v"
    "ppmuvsf3SL6CgGMZLFdwFTR0kQVXAbgKGjpdC8WnlxCV3kZcU3StU0af1Q3qrBpXStBZTR"
    "QudwxSdK7AMGVRuwLzZH9Zy7lFHyN5LZFHbCCNmoPIXOva7nGNDKyzemzGa9Y36xqdKaaB"
    "RsoDll/oWvsqXtjy8O64pS29iGxjt92qLJQvWtXyq/cIzokGX0aeogoz4V93wnyRv66CJ9"
    "hD3uWSDCbjj8PZreVYcC+XZP55OJ2ye85FnY+EhuJTydC3lzKDo3XbNuochjwWo0t/6YOi"
    "bwoeuhqWBVdIfQaaT4lvix2iHJKEUa7zKEMmcwVsXNiwyOpMCksBspB3e5q8W89kPhzYea"
    "CrlmIbeW0PSKWDo1ATIC87ly7qmmzJzKw0M2yGH3YkzIeFn3TTuEbdb3PMEqo6Nnc6EcHf"
    "eyp2T9poO16sxw2WlY2k8sH1haKmgy312pFu7qvLA/NGGAxv+6Oz87fdC8seoFaCYm8jLi"
    "n3NhaqaEXvEpnjnEw5/Scg00IP8GUGdvMykdy8jCJMNJNTf2SBvyesDG77NsTaptm5wu+L"
    "kInrQnh22//9VcjMHU3Gn9zmAcgHo8k1nLB05NBmYOqT0W8mZ5uFqQeOp4oQlqhqmR1cri"
    "yUWQO65yR0T3g2lgDvzOqw9YWquG9xCG76TdD4bjQ6VcSQPRBJAdqBp9102936ndXEZkdt"
    "dGtW+fG+Bx1FC9Y7RGvXCGeI1oZo7UZOV2oYGfmSjn2JFk7aq0yG+VWKYX4VN8ypsWdq1j"
    "ElBWYwX/h4c/lNQyYyOxBEM4phzJUFiOtpFtduAak6z+PEFlzd8C7PhDtxzkd4IBKNuEz5"
    "HvFZcjRfLJhtkFJxzJSKaX+2GPZHoz/EmTAQhr/adaSi95bEf+pedQoohOVXdAJHGDjCwB"
    "HWhZQVGPUSUlbA/QmeuZoYHPs9c1kChe1oygODYP2wzXa458oOEg67x1oyHysNEe5vlYX2"
    "hEmHY6d6z7ppJqq0VahJ6Tar0joFi/SYFqn1fwzWZHPGbX9ECzSn4VknW8Z6Y8S1ZKzzYB"
    "yWKgfp007iil2LW7rtKt/zQOxLtNAsL7+MhK6pCavEftbKla0z0J3+ze1w3EPWf0symc57"
    "iP6zJL/1Z8Lnyd1c6CHvckkGd/PF5FaY9ZB7tSTzu+l0NGT33CtWF2Q2s245F/TO5/54LI"
    "zoHfuiCKlV/vAasrbNtQt4Am2IpY/sA1dZlifaKnkfuIotUMBpJaPfTHYjC6eFv28V2luR"
    "EuUhSSjTUB8KKz7KOv6mPRUsSx6UhFGu2yjHWLXTeJp/w/drTXvqmybebLmu5kiLbpoh/2"
    "y3pZPOb7y3suCEYDSdzBdIe0ASco9NQBJZoee1ZCKZfh/Efi06o1a930DVHjmFBQ/urWQS"
    "4Vp5/FF4hJ8uLi4v31+8uXz34ert+/dXH954hEL8URqzcD38xMiF0PuYIenYnnSFVsuobA"
    "t1oaYvmCGbwgpWoOO34lgWyZV2wlKQeRWP41PpLyfyi7jhsOiJuIaFwG/GwRXrer7IDk+g"
    "fUZwVYHUW/qhWMTfZaxvORtAWth6XLaFsJ9fZIH9/CIZdvYsElrtHnKVV/WJCLZp0TiCGp"
    "TikneBLcEr72j+N4EeGzYiWf3zkdlYp1Dg6CAkW2jBcdpvogXnSdm5ncbu3pemjayzaXl5"
    "nV8DYacEfzddw5Fp4f9hlZyiPUmPVI18pBPQnquhOweUcwcj7VhGmjcV8uhC3xLPWquVo6"
    "c2LksbMAP/lW+mh8RaZB0dZcoH/fJbRc4zvz0BmNwZJnd8C8gcLR+TbCHgl1m0/MtkJf8y"
    "puNHd9jsC0pUErT8wovKVnpRNYmD/y/zyTghDMUXidKZimyi/0Oq0uQsPx6WDIwQhxkrTx"
    "etRNcNk5Osg2h5Ojhn/Ydilfk7Sk0T6KbC+GY4/tTJN7quWA85FyzCaDAQhBvr5CH3ckk+"
    "9ofWwUP2/0vyafirMBbvpj3kXkX9b6eJMXLMxjykdVAE8vmj203UGM+57nHEYe2r9doHQW"
    "TJ71Z7g8ioamLTgAVDjKLSEGZU53cc0mDb9o5zhj2WExek0POeTBSTbJMFX1VSbNRnUY4X"
    "bh7ptWGYZ/XEceZc8YRZVwNVtUcOcZUjKTQeA9kS+CtNDOXN3GT3ZXSC73dhxpyDkDnapC"
    "W0m+Im3OlqHmbfad5COv/iTdbU0dTc0Vi8lIGp3ZYrSsqXaCHM5xcfsnBSFx+SSSn2jOMI"
    "5HBSyZS9LwGM/SGM/TOFR0zOK00g60NS7QsALJ92tRHLneAZEWsf0pWkeVLFRvnGwflaoz"
    "NWIgkstycUQfmeSlW1kriKyHFXkuvJZBRaSa6H0bOn7m6vBTrFI8es8aLgjQLhM0Gp1ngU"
    "juzmZl8Cyzs2acUHSVF3Oq+eT+IQJIm3ZjhKc/DIii7vFFOkazARd8RUOPr2Ht6f2wMwwP"
    "WhAsHL034GOMnLkyO9OJY7oBxaQ629iQOV8mWTnXmvfRdYFG6Hw5MFH3fT+DHNaihir2W1"
    "9b63u3tql66xHX5P9R+Iva9n7H1ujbbMUPAfBn8IBIdA8DoADoHgrVxUIBAcAsEbNhh1sp"
    "cymckhjTYH2xqSOyLh6t1pFONakwpYM8xIco38ot13OFZX8HE3/Zwlu6H4v07LvYWv+siV"
    "QSYrTbXZGSZa00/ABEkPJtaRhGRts1FMdLbsWGf9IUnXqU29on0qqmrVsbJqyxvLzqtuJz"
    "KgpX/AkjzrimlSaYX1iJHBimnRX0kM52MkAymmgWRpZ9Cnmv2x9EN0yVjTu4RoJlI1+kwx"
    "Xy/JkixoJ1tdk7Fh2G3tr2MgfUdYV4je0oiMf0Z/yqpEV8aVTTX+iRT7k+jLaODXqI8o6s"
    "igT9QloYYqtqT8FvRXW30iahujM3bb/dSVglddpOnW7/HgYuQxXr1in0KllnTq0BcC3bM6"
    "Yi+u6D8Mv/2zpj9h/TVyZ4tBcaQfv8KbrUbxMqGyWP11rGTD+UkhuRLW3fYttCoqqK8NCu"
    "2pFFpwB/wQ6mxo58w90lHh4wz2MTeZNo01ZEKWXhHRMMWE8n0L/D0tFqRVNfzSXhLh90X6"
    "3uS9I6PJ+JPbPLph1cYinDNDaMGsmgdLS4/ZhOEG3TSr0DKqRDPYdq9deEccu+Ubtq0sba"
    "dTY4aaQuw0csmU1+iMWiePWO+hxaw/nn8UZq+sCsfU0sC2JUO7NBUiOUZZzDIs/yOWhN57"
    "scweHcuY2ZA/MzPxHpvPGFvm4gu17ug2wozEPxVCLT36Zf5kD3Sc0T762rG/aKTWF6sUFv"
    "g2h1QC+1EsKjiF2Af2Ztb/uOjkw9sW6iHrvyUZjkXrNRnSW/71IScSswNexgNhZNVf8C6j"
    "L3K2FIJMCQQ5zikmmsnxtyXvhm572Aez7YM8G+2eU9EzmYEIS7WQh6jkRDV37ytkEseEIR"
    "SyzoaSq6QUqnsQEoVxrvM4N4vjOqom2K6IV6h00eZR57zrsUoXcRMwo20XF2xTgFJpVFjI"
    "9s4IbUgGUM1QPcQCLI5w/rohko7X2s5o4iKVuVpIcHaF6oTM6GIyGw4WnaQVAhDOhHB8aU"
    "yAOUt+iaqQQ1NLQtTriPbXIuwrTS6JA7eP2HbRzUpui6orUPJxEkH2fKtrqx3tOnqSBJC8"
    "xyR5/9pJxFRMDiWVCG1QBPQAjnblsQoFwOXKgi83FjtvLx75NNiwEExdXqKTuwPkAjYiBc"
    "juNw6CO+GBymvMh90wpLMqsJFZxi8myFkkSoB46vfUUnDDa2Nuy6BKfbePdUVedzhKrvMk"
    "VbOV/DZQVLBJi2ea1voN6wbX8k/2owZE2uhEvbrK4kS9ukqpU3UVyxKlL1UOhJ3mLUT3PJ"
    "OL+jzFRX0ed1HTTzSdsg5Zo+UDIhAtnzNa/qQRiX//P9O0ZZY="
)
