# For users with Docker; not used by the tests. Runs the same `npm start` as a developer does.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
    && npm install --no-audit --no-fund \
    && apt-get purge -y make g++ && rm -rf /var/lib/apt/lists/*
COPY . .
ENV BIND_ADDRESS=0.0.0.0
EXPOSE 8443 8444
CMD ["npm", "start"]
