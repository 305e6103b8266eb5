------------------------------- MODULE Witness -------------------------------
(***************************************************************************)
(* The witness: in memory only, per key the highest sequence number it    *)
(* was told about (hw), or Unknown.  It is up, down (crashed) or cut off   *)
(* (alive, keeping its hw, but unreachable).  A new, restarted or re-     *)
(* reachable witness knows nothing: every key Unknown.  It learns a key's *)
(* hw only from the log (WitnessSyncFromLog) or from a notify while it    *)
(* already knows the key -- never from what a reader or a late notify     *)
(* reports about an Unknown key.                                           *)
(*                                                                         *)
(* The actions here change only the witness's variables; CacheCoherence  *)
(* adds the UNCHANGED for the rest.                                        *)
(***************************************************************************)
EXTENDS OrderingLog, Integers

Unknown == -1

VARIABLES
    wState,  \* "up" | "down" | "cut"
    wHw,     \* wHw[k]: high-water seq of k, or Unknown
    wEpoch   \* instance number: a restart or replacement starts a new one

witnessVars == <<wState, wHw, wEpoch>>

AllUnknown == [k \in Keys |-> Unknown]

WitnessUp == wState = "up"

\* The stale check: the witness vouches that an entry at seq s is current.
Vouches(k, s) == WitnessUp /\ wHw[k] # Unknown /\ s >= 0 /\ s = wHw[k]

\* hw[k] after WitnessSyncFromLog(k): everything committed so far.
WitnessSyncFromLog(k) == [wHw EXCEPT ![k] = LogLen(k)]

\* hw[k] after a notify of seq s: max(hw, s) if known, else a sync from the
\* log (a late notify can be older than what was already published).
NotifiedHw(k, s) ==
    IF wHw[k] = Unknown THEN WitnessSyncFromLog(k)
    ELSE [wHw EXCEPT ![k] = IF s > @ THEN s ELSE @]

WitnessCrash ==
    /\ wState \in {"up", "cut"}
    /\ wState' = "down"
    /\ wHw' = AllUnknown
    /\ UNCHANGED wEpoch

WitnessRestart ==
    /\ wState = "down"
    /\ wState' = "up"
    /\ wHw' = AllUnknown
    /\ wEpoch' = wEpoch + 1

WitnessReplace ==
    /\ wState = "up"
    /\ wHw' = AllUnknown
    /\ wEpoch' = wEpoch + 1
    /\ UNCHANGED wState

WitnessUnreachable ==
    /\ wState = "up"
    /\ wState' = "cut"
    /\ UNCHANGED <<wHw, wEpoch>>

\* Coming back it must forget: it missed the notifications sent while it
\* was cut off.  (forget = FALSE is the hazard a bug config checks.)
WitnessReachable(forget) ==
    /\ wState = "cut"
    /\ wState' = "up"
    /\ wHw' = IF forget THEN AllUnknown ELSE wHw
    /\ UNCHANGED wEpoch

WitnessTypeOK ==
    /\ wState \in {"up", "down", "cut"}
    /\ wHw \in [Keys -> Nat \cup {Unknown}]
    /\ wEpoch \in Nat
=============================================================================
