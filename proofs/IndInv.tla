------------------------------- MODULE IndInv -------------------------------
(***************************************************************************)
(* The inductive invariant of the strong protocol: Inv of proofs/          *)
(* Invariant.v, stated over the variables of specs/CacheCoherence.tla      *)
(* (Mode = "strong", Bugs = {}).  Where Coq represents an entry or an      *)
(* answer by its sequence number s, the spec carries the stack itself, so  *)
(* here each such stack must be StackAt(k, s) -- the abstraction the Coq   *)
(* model makes.  The spec's history variables wDone, rDone and the floors  *)
(* of op[c] play the part of Coq's floors (published[] at invocation).     *)
(*                                                                         *)
(* MCIndInv.cfg has TLC check, on a bounded instance, that IndInv is       *)
(* inductive: from every state within the bounds satisfying TypeOK and     *)
(* IndInv, every Next step leads to a state satisfying IndInv; and that    *)
(* IndInv implies the spec's safety invariants.                            *)
(***************************************************************************)
EXTENDS CacheCoherence

\* What a node, or a reader that looked at a node, may hold for k: nothing,
\* or the stack of a committed prefix of k's log.
CommittedEntry(k, e) ==
    e = NoEntry \/ (e.seq \in 0..LogLen(k) /\ e.stack = StackAt(k, e.seq))

\* Coq inv_pub_le_len: only committed records are ever published.
PubLeLen == \A k \in Keys : published[k] <= LogLen(k)

\* Coq inv_hw_pub: a reachable witness that knows k knows exactly the
\* published prefix.
HwIsPublished == WitnessUp => \A k \in Keys : wHw[k] # Unknown => wHw[k] = published[k]

\* (TLA+ only: the spec keeps the marks of a cut-off witness.)  A witness
\* never knows more than what is published; a crashed one knows nothing.
HwLePublished ==
    /\ \A k \in Keys : wHw[k] = Unknown \/ wHw[k] \in 0..published[k]
    /\ wState = "down" => wHw = AllUnknown

\* Coq inv_cache_le_len: caches hold committed entries only.
CacheCommitted == \A n \in Nodes, k \in Keys : CommittedEntry(k, cache[n][k])

\* The spec's history variables stay within the published prefix.
DoneLePublished == \A k \in Keys : wDone[k] <= published[k] /\ rDone[k] <= published[k]

\* Fields an operation does not use keep their Idle values.
Unused(o, fields) == \A f \in fields : o[f] = Idle[f]

\* Coq inv_phase, by the kind and stage of op[c].
WriteOK(o) ==
    LET k == o.key IN
    /\ k \in Keys /\ o.node \in Nodes
    /\ Unused(o, {"entry", "seen", "wfloor", "rfloor"})
    /\ CASE o.stage = "commit" -> o.seq = 0 /\ o.resp = NoResp
         [] o.stage = "notify" ->
               o.seq \in 1..LogLen(k) /\ o.resp = WriteResult(log[k][o.seq], o.seq)
         [] o.stage \in {"cache", "return"} ->
               \/ o.seq \in 1..published[k] /\ o.resp = WriteResult(log[k][o.seq], o.seq)
               \/ o.stage = "return" /\ o.seq = 0 /\ o.resp = Fail
         [] OTHER -> FALSE

ReadOK(o) ==
    LET k == o.key IN
    /\ k \in Keys /\ o.node \in Nodes
    /\ Unused(o, {"seen"})
    /\ \A j \in Keys \ {k} : o.wfloor[j] = 0
    /\ CASE o.stage \in {"read", "check", "reload"} ->
               /\ o.seq = 0 /\ o.resp = NoResp
               /\ o.wfloor[k] <= published[k] /\ o.rfloor <= published[k]
               /\ IF o.stage = "check" THEN CommittedEntry(k, o.entry) ELSE o.entry = NoEntry
         [] o.stage \in {"repair", "return"} ->
               /\ o.entry = NoEntry
               /\ o.wfloor[k] <= o.seq /\ o.rfloor <= o.seq /\ o.seq <= published[k]
               /\ o.resp = Observe(o.kind, o.arg, StackAt(k, o.seq))
         [] OTHER -> FALSE

\* Coq list_ok: what a LIST observed of k is the stack at a seq between its
\* floor and published[k].
ListOK(o) ==
    /\ o.stage = "list"
    /\ Unused(o, {"key", "arg", "node", "seq", "entry", "resp", "rfloor"})
    /\ \A k \in Keys :
          /\ o.wfloor[k] <= published[k]
          /\ o.seen[k] # NoResp =>
                \E s \in o.wfloor[k]..published[k] : Observe("get", 0, StackAt(k, s)) = o.seen[k]

OpOK(c) ==
    LET o == op[c] IN
    CASE o.stage = "idle"       -> o = Idle
      [] o.kind \in WriteKinds -> WriteOK(o)
      [] o.kind \in ReadKinds  -> ReadOK(o)
      [] o.kind = "list"       -> ListOK(o)
      [] OTHER                 -> FALSE

IndInv ==
    /\ PubLeLen
    /\ HwIsPublished
    /\ HwLePublished
    /\ CacheCommitted
    /\ DoneLePublished
    /\ \A c \in Clients : OpOK(c)
=============================================================================
