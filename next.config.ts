import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // argon2 and PGlite ship native/WASM parts that must not be bundled.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  typedRoutes: false,
  // `next dev` serves its scripts only to allowed origins; opened as 127.0.0.1 (as tests and
  // some set-ups do) a page would otherwise stay blank.
  allowedDevOrigins: ["127.0.0.1", "localhost"],
};

export default nextConfig;
