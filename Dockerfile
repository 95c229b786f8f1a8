# The production image (README "Production"): compiled once here, so no TypeScript compiler or
# loader runs in the container; production dependencies only; a non-root user; the readiness
# probe as HEALTHCHECK. One image for every part: the command picks it (`--only authz`, ...).

# Native modules (pkcs11js) build with python3, make and g++, which stay in the build stages.
FROM node:20-bookworm-slim AS toolchain
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./

FROM toolchain AS build
RUN npm ci --no-audit --no-fund
COPY . .
# `npm run build` writes the JavaScript next to each source file; then the sources, tests,
# bench and scripts go, so only compiled code (and the views, CSS and OB documents) is left.
RUN npm run build \
    && rm -rf node_modules test bench scripts \
    && find . -type d -name test -prune -exec rm -rf {} + \
    && find . -type f -name '*.ts' -delete

FROM toolchain AS dependencies
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
# SoftHSM is the PKCS#11 module of the compose set-up; a bank mounts its HSM vendor's module
# instead and points PKCS11_MODULE at it.
RUN apt-get update && apt-get install -y --no-install-recommends softhsm2 && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 openbanking \
    && useradd --system --uid 10001 --gid openbanking --home-dir /var/lib/open-banking --shell /usr/sbin/nologin openbanking \
    && mkdir -p /var/lib/open-banking /var/lib/softhsm/tokens \
    && chown openbanking:openbanking /var/lib/open-banking /var/lib/softhsm/tokens \
    && printf 'directories.tokendir = /var/lib/softhsm/tokens\nobjectstore.backend = file\nlog.level = ERROR\n' > /etc/softhsm/softhsm2.conf
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app ./
ENV NODE_ENV=production \
    BIND_ADDRESS=0.0.0.0 \
    DATA_DIR=/var/lib/open-banking \
    SEED_SANDBOX=false
USER openbanking
EXPOSE 8443 8444 9464
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 CMD ["node", "platform/healthcheck.js"]
ENTRYPOINT ["node", "--enable-source-maps", "--import", "./observability/register-tracing.js", "platform/main.js"]
