// The bus conformance suite against the real Redis (127.0.0.1:6379): two connections, as two
// gateway instances, on channels under a prefix unique to this run.
import { redisSubject } from "../testing/quota-subjects.js";
import { describeBus } from "./bus.case.js";

describeBus(redisSubject());
