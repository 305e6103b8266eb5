------------------------------ MODULE MCBugWitnessLearnsFromReader ------------------------------
(* The strong protocol with {"WitnessLearnsFromReader"} removed/replaced: TLC must report NoStaleRead violated. *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(2, 2, 3)
=============================================================================
