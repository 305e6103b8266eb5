------------------------------ MODULE MCBugVersionStackFromCache ------------------------------
(* The strong protocol with {"StackFromCacheEntry"} removed/replaced: TLC must report NoStaleRead violated. *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(3, 1, 3)
=============================================================================
