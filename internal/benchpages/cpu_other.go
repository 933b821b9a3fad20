//go:build !unix

package benchpages

func cpuTime() int64 { return -1 }
