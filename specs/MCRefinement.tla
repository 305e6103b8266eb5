---------------------------- MODULE MCRefinement ----------------------------
(***************************************************************************)
(* The model of the strong configs: MCCommon plus the refinement mapping  *)
(* kept in two variables, so that TLC checks CacheCoherence's Refinement  *)
(* (strong mode refines S3Atomic) at a fraction of its cost.               *)
(*                                                                         *)
(* Why: TLC checks a [][A]_v property on every transition it generates,   *)
(* and it re-evaluates an INSTANCE substitution at each reference -- a    *)
(* primed one is never cached.  S3Atomic's Next mentions store' and       *)
(* pending' once per call record and per effect sequence, so TLC computed *)
(* AbsStore and AbsPending (log prefixes folded into stacks) dozens of     *)
(* times per transition: the property took 4/5 of MCStrong's time.        *)
(* Here every step sets absStore and absPending to exactly the mapping's  *)
(* value in the new state (computed once), and MemoAtomic instantiates    *)
(* S3Atomic on them.  They are functions of CacheCoherence's variables,   *)
(* so they add no distinct states, and View (which leaves them out) stays *)
(* sound; MemoIsTheMapping checks that they equal the mapping.            *)
(***************************************************************************)
EXTENDS MCCommon

VARIABLES
    absStore,    \* = AbsStore (the abstract stack of each key) in every state
    absPending   \* = AbsPending (each client's abstract pending operation)

MemoInit == Init /\ absStore = AbsStore /\ absPending = AbsPending

\* Recomputed only when an input changed: AbsStore reads published and the log
\* prefix up to it, which no step rewrites (the log only grows); AbsPending reads
\* op and published.  MemoIsTheMapping, an invariant of the strong configs,
\* checks that the shortcut gives exactly the mapping in every state.  Every
\* action of Next goes through here, so a new one (PublishCommitted, which
\* changes published and hence both) sets them without further work.
MemoNext ==
    /\ Next
    /\ absStore' = IF published' = published THEN absStore ELSE AbsStore'
    /\ absPending' = IF op' = op /\ published' = published THEN absPending ELSE AbsPending'

MemoSpec == MemoInit /\ [][MemoNext]_<<vars, absStore, absPending>>

MemoIsTheMapping == absStore = AbsStore /\ absPending = AbsPending

MemoAtomic == INSTANCE S3Atomic WITH
                  store <- absStore,
                  clock <- published,
                  pending <- absPending

\* CacheCoherence's Refinement (Atomic!Spec) on the memoised mapping.  [A]_v
\* is written as [v' = v \/ A]_v (the same formula) so that TLC tries the
\* cheap stutter test before A: most protocol steps (commit, cache
\* write-through, read of a cache entry, faults) leave the abstract store
\* unchanged.
RefinementMemo ==
    /\ MemoAtomic!Init
    /\ [][UNCHANGED MemoAtomic!vars \/ MemoAtomic!Next]_MemoAtomic!vars
=============================================================================
