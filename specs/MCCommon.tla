------------------------------ MODULE MCCommon ------------------------------
(***************************************************************************)
(* The model every config shares: 2 clients, 2 keys, 3 cache nodes on a   *)
(* ring n1 -> n2 -> n3: k1's home is n1 (backup n2), k2's home is n2       *)
(* (backup n3).  Each MC*.tla picks mode, operations, events, bugs and    *)
(* bounds; each MC*.cfg says why its symmetry / constraint / view are     *)
(* sound.                                                                  *)
(***************************************************************************)
EXTENDS CacheCoherence

CONSTANTS c1, c2   \* model values: the clients

MCClients    == {c1, c2}
MCKeys       == {"k1", "k2"}
MCNodes      == {"n1", "n2", "n3"}
MCHome       == [k \in MCKeys |-> IF k = "k1" THEN "n1" ELSE "n2"]
MCBackup     == [k \in MCKeys |-> IF k = "k1" THEN "n2" ELSE "n3"]

\* Clients are interchangeable: no action or property names one, so any
\* permutation of them maps behaviours to behaviours and keeps every
\* invariant's value.  Sound for safety (invariants and the refinement's
\* action property); we check no liveness.
ClientSymmetry == Permutations(MCClients)

\* Bounds: at most maxOps client operations and maxEvents environment events
\* (faults and recoveries, versioning changes) in a behaviour, and maxSeq
\* committed mutations per key.
Bounded(maxOps, maxEvents, maxSeq) ==
    /\ opCount <= maxOps
    /\ faultCount <= maxEvents
    /\ \A k \in Keys : LogLen(k) <= maxSeq
=============================================================================
