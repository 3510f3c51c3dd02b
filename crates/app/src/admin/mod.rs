//! The secretariat's work: the network, coordinators, the audit log, and
//! the job queue.

pub mod jobs;
pub mod network;
