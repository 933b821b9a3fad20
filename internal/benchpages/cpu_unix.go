//go:build unix

package benchpages

import "syscall"

// cpuTime returns the CPU time, in nanoseconds, that the process has used in
// user and system mode, or -1 if it cannot tell.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return -1
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
