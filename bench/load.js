// Fixed-rate load with autocannon (which corrects for coordinated omission), for bench/run.py.
// usage: node load.js <kind> <base-url> <api-key> <ids-file> <rate> <seconds> <connections>
//   kind "check":  POST /v1/disclosure-checks on random interactions (call detail, discuss)
//   kind "verify": POST /v1/interactions/<random>/verifications with the right password
// Prints one JSON line: {"requests": n, "rps": x, "p50": ms, "p90": ms, "p99": ms, "max": ms, "errors": n, "non2xx": n}
"use strict";
const fs = require("fs");
const autocannon = require("autocannon");

const [kind, baseUrl, apiKey, idsFile, rate, seconds, connections] = process.argv.slice(2);
const ids = fs.readFileSync(idsFile, "utf8").split("\n").filter(Boolean);
const pick = () => ids[Math.floor(Math.random() * ids.length)];
const headers = { authorization: `Bearer ${apiKey}`, "content-type": "application/json" };

const request =
  kind === "check"
    ? {
        method: "POST",
        path: "/v1/disclosure-checks",
        headers,
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ interaction_id: pick(), information: "call_detail", release: "discuss_in_interaction" }),
        }),
      }
    : {
        method: "POST",
        headers,
        setupRequest: (req) => ({
          ...req,
          path: `/v1/interactions/${pick()}/verifications`,
          body: JSON.stringify({ method: "password", password: "Correct-Horse-Battery-Staple" }),
        }),
      };

autocannon(
  {
    url: baseUrl,
    connections: Number(connections),
    duration: Number(seconds),
    overallRate: Number(rate),
    requests: [request],
  },
  (err, result) => {
    if (err) {
      console.error(err);
      process.exit(1);
    }
    const l = result.latency;
    console.log(
      JSON.stringify({
        requests: result.requests.total,
        rps: result.requests.average,
        p50: l.p50,
        p90: l.p90,
        p99: l.p99,
        max: l.max,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
      }),
    );
  },
);
