fn main() {
    println!("{}", bpfman::METRICS_ADDRESS);
}
