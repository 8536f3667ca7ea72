// The quota conformance suite against this process's memory.
import { memorySubject } from "../testing/quota-subjects.js";
import { describeQuotas } from "./quotas.case.js";

describeQuotas(memorySubject);
