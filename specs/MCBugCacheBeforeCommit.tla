------------------------------ MODULE MCBugCacheBeforeCommit ------------------------------
(* The strong protocol with {"CacheBeforeCommit"} removed/replaced: TLC must report NoUncommittedRead violated. *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(2, 0, 3)
=============================================================================
