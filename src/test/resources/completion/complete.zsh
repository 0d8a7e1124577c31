# zsh -f complete.zsh FPATH_DIR LINE...: types each LINE followed by TAB in an interactive zsh
# whose fpath starts with FPATH_DIR, and prints what the terminal showed after each, one block each.
zmodload zsh/zpty
fdir=$1
shift
zpty z zsh -f -i
zpty -w z "PS1='>' ; fpath=($fdir \$fpath); autoload -U compinit; compinit -u"
zpty -w z "print DONE\$((40+2))"
zpty -r -m z line '*DONE42*'
for typed in "$@"; do
  zpty -n -w z "$typed"$'\t'
  sleep 2
  out=""
  while zpty -r -t z chunk; do out+=$chunk; done
  print -r -- "=== $typed"
  print -r -- "$out"
  zpty -n -w z $'\x15'
  sleep 0.5
  while zpty -r -t z chunk; do :; done
done
zpty -d z
