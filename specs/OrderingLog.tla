----------------------------- MODULE OrderingLog -----------------------------
(***************************************************************************)
(* The persistence tier: per key an ordering log of committed mutations.  *)
(* A mutation's sequence number is its position (1, 2, ...).  A prefix of *)
(* the log never changes once written, so "the stack at seq s" is a fixed *)
(* value: StackAt(k, s).  A commit either appends or fails (and appends   *)
(* nothing).                                                               *)
(***************************************************************************)
EXTENDS VersionStack

CONSTANTS Keys

VARIABLE log   \* log[k]: the sequence of committed mutations of k

LogLen(k) == Len(log[k])

\* The committed prefix of k up to seq s (capped at the log's length so that
\* the refinement mapping stays defined in the bug configs, where a witness
\* may be told of a seq that was never committed).
Prefix(k, s) == SubSeq(log[k], 1, IF s < Len(log[k]) THEN s ELSE Len(log[k]))

StackAt(k, s) == StackOf(Prefix(k, s))

\* Is the version stack st what the log says k held at some seq in lo..hi?
HeldBetween(k, lo, hi, kind, arg, resp) ==
    \E s \in lo..hi : Observe(kind, arg, StackAt(k, s)) = resp

\* Append m to k's log; the new seq is LogLen(k) + 1.
AppendToLog(k, m) == log' = [log EXCEPT ![k] = Append(@, m)]

LogTypeOK ==
    log \in [Keys -> Seq([op : WriteKinds, val : Nat, target : Nat, vmode : VersioningStates])]
=============================================================================
