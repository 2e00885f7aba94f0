// graphql-codegen: TypeScript types for every operation in src/, from the checked-in
// schema.graphql (the contract CI keeps equal to the server's code). `npm run codegen`.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/**/*.ts", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  // ES modules: the generated files import each other as "./graphql.js".
  emitLegacyCommonJSImports: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Our custom scalars (schema/scalars.py): DateTime and Date are ISO strings, Decimal a
        // decimal string, never a float; JSON a JSON value whose shape depends on its kind.
        scalars: { DateTime: "string", Date: "string", Decimal: "string", JSON: "unknown" },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
      },
    },
  },
};

export default config;
