------------------------------ MODULE MCBugDeleteVersionSkipsWitness ------------------------------
(* The strong protocol with {"DeleteVersionSkipsWitness"} removed/replaced: TLC must report NoStaleRead violated. *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(2, 1, 3)
=============================================================================
