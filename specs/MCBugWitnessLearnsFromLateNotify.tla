------------------------------ MODULE MCBugWitnessLearnsFromLateNotify ------------------------------
(* The strong protocol with {"WitnessLearnsFromNotify"} removed/replaced: TLC must report NoStaleRead violated. *)
EXTENDS MCCommon
MCValues == 1..2
Constraint == Bounded(3, 3, 3)
=============================================================================
