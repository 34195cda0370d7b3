-- wrk script of scripts/bench: sends SDK-shaped requests and counts answers that are not the expected one.
-- Arguments (after wrk's --): shape expected-statuses method path [action version]
--   shape: plain (no signature), alibaba (ACS3-HMAC-SHA256 headers as the Tea SDK sends them) or
--          huawei (SDK-HMAC-SHA256 headers as huaweicloud-sdk-java sends them); lenient signature
--          mode accepts any well-formed signature, so the signature itself is fixed.
--   expected-statuses: comma-separated HTTP statuses that are the right answer for this path.
--   path: may contain {n}, replaced by a number unique to the request (names of created resources).
-- Every Alibaba request gets its own nonce (the fake refuses a replayed one) and the current time.
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local shape, method, path, action, version
local expected = {}
unexpected = 0
local counter = 0
local empty_sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
local alibaba_auth = "ACS3-HMAC-SHA256 Credential=testAccessKeyId,SignedHeaders=host;x-acs-action;"
  .. "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=" .. string.rep("0", 64)
local huawei_auth = "SDK-HMAC-SHA256 Access=testAccessKeyId, SignedHeaders=host;x-project-id;x-sdk-date, Signature="
  .. string.rep("0", 64)

function init(args)
  shape, method, path, action, version = args[1], args[3], args[4], args[5], args[6]
  for status in string.gmatch(args[2], "%d+") do
    expected[tonumber(status)] = true
  end
  math.randomseed(os.time() + id * 7919)
end

function request()
  counter = counter + 1
  local unique = string.format("%d-%d-%d", id, counter, math.random(1, 1000000000))
  local target = string.gsub(path, "{n}", unique)
  local headers = {}
  if shape == "alibaba" then
    headers["x-acs-action"] = action
    headers["x-acs-version"] = version
    headers["x-acs-date"] = os.date("!%Y-%m-%dT%H:%M:%SZ")
    headers["x-acs-signature-nonce"] = unique
    headers["x-acs-content-sha256"] = empty_sha256
    headers["Authorization"] = alibaba_auth
  elseif shape == "huawei" then
    headers["X-Sdk-Date"] = os.date("!%Y%m%dT%H%M%SZ")
    headers["X-Project-Id"] = "e55c6f3dc4e34c9f86353b664ae0e70c"
    headers["Content-Type"] = "application/json"
    headers["Authorization"] = huawei_auth
  end
  return wrk.format(method, target, headers, nil)
end

function response(status, headers, body)
  if not expected[status] then
    unexpected = unexpected + 1
  end
end

-- One line for scripts/bench: req/s, p50 ms, p99 ms, unexpected answers, socket errors.
function done(summary, latency, requests)
  local wrong = 0
  for _, thread in ipairs(threads) do
    wrong = wrong + thread:get("unexpected")
  end
  local e = summary.errors
  io.write(string.format("BENCH %.1f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    wrong, e.connect + e.read + e.write + e.timeout))
end
