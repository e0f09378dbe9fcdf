// wordfreq prints the most frequent words of an embedded text. It exits with status 3 when the text contains
// words from the "alert" list, so the end-to-end test also compares a non-zero exit status.
package main

import (
	"crypto/sha256"
	_ "embed"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

//go:embed corpus.txt
var corpus string

var alerts = []string{"attacker", "surprises"}

func main() {
	cwd, _ := os.Getwd()
	writable := "yes"
	if f, err := os.CreateTemp(cwd, ".probe-*"); err != nil {
		writable = "no"
	} else {
		f.Close()
		os.Remove(f.Name())
	}
	fmt.Fprintf(os.Stderr, "e2e-probe: uid=%d cwd=%s writable=%s\n", os.Getuid(), cwd, writable)

	words := strings.FieldsFunc(strings.ToLower(corpus), func(r rune) bool { return !unicode.IsLetter(r) })
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Printf("words: %d distinct: %d\n", len(words), len(keys))
	for _, k := range keys[:6] {
		fmt.Printf("%-8s %d\n", k, counts[k])
	}
	fmt.Printf("sha256: %x\n", sha256.Sum256([]byte(corpus)))

	found := 0
	for _, a := range alerts {
		if counts[a] > 0 {
			fmt.Printf("alert: %q appears %d time(s)\n", a, counts[a])
			found++
		}
	}
	if found > 0 {
		os.Exit(3)
	}
}
