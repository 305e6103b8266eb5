------------------------------ MODULE TraceData ------------------------------
(* An example of what io.s3witness.specs.TraceModule generates, so that   *)
(* TraceCacheCoherence.cfg runs as it is (tlc -deadlock TraceCacheCoherence). *)
(* Two traces of a PUT of k0 by client 0 and a GET by client 1 on a 3-node *)
(* strong store: the first as the store took it; in the second the GET's  *)
(* CheckWitness says "stale" although the witness vouches for the entry,  *)
(* so TLC rejects it at line 9.                                            *)
EXTENDS Integers, Sequences, TLC

TraceLine(a, c, k, n, s, d, g) ==
    [action |-> a, client |-> c, key |-> k, node |-> n, seq |-> s, detail |-> d, arg |-> g]

TrMode == "strong"
TrInitVersioning == "enabled"
TrClients == {"c0", "c1"}
TrKeys == {"k0", "k1"}
TrNodes == {"n1", "n2", "n3"}
TrHome == ("k0" :> "n3") @@ ("k1" :> "n1")
TrBackup == ("k0" :> "n1") @@ ("k1" :> "n2")
TrValues == 1..1
TrVersionIds == {}

Write == << TraceLine("WitnessReplace", "-", "*", "-", -1, "", 0),
            TraceLine("InvokeWrite", "c0", "k0", "n3", -1, "put", 1),
            TraceLine("CommitToLog", "c0", "k0", "-", 1, "", 0),
            TraceLine("NotifyWitness", "c0", "k0", "-", 1, "", 0),
            TraceLine("WriteThroughCache", "c0", "k0", "n3", 1, "", 0),
            TraceLine("ReturnWrite", "c0", "k0", "-", 1, "ok", 0),
            TraceLine("InvokeRead", "c1", "k0", "n3", -1, "get", 0),
            TraceLine("ReadCache", "c1", "k0", "n3", 1, "", 0) >>

Traces == << Write \o << TraceLine("CheckWitness", "c1", "k0", "n3", 1, "current", 0),
                         TraceLine("ReturnRead", "c1", "k0", "-", 1, "", 0) >>,
             Write \o << TraceLine("CheckWitness", "c1", "k0", "n3", 1, "stale", 0),
                         TraceLine("ReloadFromLog", "c1", "k0", "n3", 1, "", 0) >> >>
=============================================================================
