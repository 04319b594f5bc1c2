// Open-loop load at a constant rate, for bench/run.py.
// usage: node steady.js <kind> <base-url> <api-key> <ids-file> <rate> <seconds>
//   kind "check":  POST /v1/disclosure-checks on random interactions (call detail, discuss)
//   kind "verify": POST /v1/interactions/<random>/verifications with the right password
//   kind "healthz": GET /healthz (the constant route: the floor of what the harness and framework add)
// Request i is due at start + i/rate and is sent then, whether or not earlier answers have come back (a
// new keep-alive connection opens when none is free). Its latency counts from when it was due, so a
// server that stalls cannot hide the stall by slowing the load down (no coordinated omission).
// Why not autocannon alone: its rate limit lets each connection send its whole share of a second back to
// back when the second starts, so the server sees a burst of `connections` requests every second and the
// figure it reports is mostly that burst's queue (bench/README.md).
// Prints one JSON line: {"requests", "rps", "p50", "p90", "p99", "max" (ms), "errors", "error_codes", "non2xx",
// "late"}
"use strict";
const fs = require("fs");
const http = require("http");

const [kind, baseUrl, apiKey, idsFile, rateArg, secondsArg] = process.argv.slice(2);
const rate = Number(rateArg);
const seconds = Number(secondsArg);
const ids = fs.readFileSync(idsFile, "utf8").split("\n").filter(Boolean);
const pick = () => ids[Math.floor(Math.random() * ids.length)];
const base = new URL(baseUrl);
// Idle sockets are closed after 4 s, before uvicorn's 5 s keep-alive timeout closes them from its side:
// a request sent on a socket the server is closing at that moment fails with ECONNRESET.
const agent = new http.Agent({ keepAlive: true, maxSockets: 512, timeout: 4000 });

function request() {
  if (kind === "healthz") return { method: "GET", path: "/healthz", body: "" };
  if (kind === "check") {
    return {
      path: "/v1/disclosure-checks",
      body: JSON.stringify({ interaction_id: pick(), information: "call_detail", release: "discuss_in_interaction" }),
    };
  }
  return {
    path: `/v1/interactions/${pick()}/verifications`,
    body: JSON.stringify({ method: "password", password: "Correct-Horse-Battery-Staple" }),
  };
}

const total = Math.floor(rate * seconds);
const latencies = [];
let sent = 0;
let done = 0;
let errors = 0;
const errorCodes = {}; // e.g. {"ECONNRESET": 2}: what the errors were
let non2xx = 0;
let late = 0; // sent more than 1 ms after it was due: the generator itself fell behind
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const start = nowMs() + 50;

function send(due) {
  const { method = "POST", path, body } = request();
  const req = http.request(
    {
      host: base.hostname,
      port: base.port,
      method,
      path,
      agent,
      headers: {
        authorization: `Bearer ${apiKey}`,
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
      },
    },
    (res) => {
      res.resume();
      res.on("end", () => {
        if (res.statusCode < 200 || res.statusCode > 299) non2xx += 1;
        latencies.push(nowMs() - due);
        finish();
      });
    },
  );
  req.on("error", (error) => {
    errors += 1;
    const code = error.code || error.message;
    errorCodes[code] = (errorCodes[code] || 0) + 1;
    finish();
  });
  req.end(body);
}

function finish() {
  done += 1;
  if (done === total) report();
}

function tick() {
  const now = nowMs();
  while (sent < total && start + (sent * 1000) / rate <= now) {
    const due = start + (sent * 1000) / rate;
    if (now - due > 1) late += 1;
    sent += 1;
    send(due);
  }
  if (sent < total) setTimeout(tick, Math.max(0, Math.min(1, start + (sent * 1000) / rate - nowMs())));
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function report() {
  const sorted = latencies.slice().sort((a, b) => a - b);
  const round = (x) => Math.round(x * 100) / 100;
  console.log(
    JSON.stringify({
      requests: done,
      rps: round(done / seconds),
      p50: round(percentile(sorted, 50)),
      p90: round(percentile(sorted, 90)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.length ? sorted[sorted.length - 1] : 0),
      errors,
      error_codes: errorCodes,
      non2xx,
      late,
    }),
  );
  agent.destroy();
}

setTimeout(tick, 50);
