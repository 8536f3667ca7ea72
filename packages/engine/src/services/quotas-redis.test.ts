// The quota conformance suite against the real Redis (127.0.0.1:6379), two connections sharing
// counters under a prefix unique to this run.
import { redisSubject } from "../testing/quota-subjects.js";
import { describeQuotas } from "./quotas.case.js";

describeQuotas(redisSubject());
