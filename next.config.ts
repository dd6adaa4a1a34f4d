import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // argon2 and PGlite ship native/WASM parts that must not be bundled.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  typedRoutes: false,
};

export default nextConfig;
