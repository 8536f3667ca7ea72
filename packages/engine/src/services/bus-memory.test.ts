// The bus conformance suite against this process's memory.
import { memorySubject } from "../testing/quota-subjects.js";
import { describeBus } from "./bus.case.js";

describeBus(memorySubject);
