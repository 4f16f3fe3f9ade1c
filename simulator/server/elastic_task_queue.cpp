#include "server/elastic_task_queue.hpp"

#include <sys/eventfd.h>
#include <unistd.h>

#include <cstdint>
#include <stdexcept>

#include "common/logging.hpp"

namespace smsim::server {

namespace {

int newEventDescriptor() {
  const int fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (fd < 0) throw std::runtime_error("eventfd failed");
  return fd;
}

void signal(int fd) {
  const std::uint64_t one = 1;
  [[maybe_unused]] const auto written = write(fd, &one, sizeof one);
}

void drain(int fd) {
  std::uint64_t count = 0;
  [[maybe_unused]] const auto read = ::read(fd, &count, sizeof count);
}

}  // namespace

ElasticTaskQueue::ElasticTaskQueue(std::size_t maxThreads, std::chrono::milliseconds idleRetirement)
    : maxThreads_(maxThreads == 0 ? 1 : maxThreads),
      idleRetirement_(idleRetirement),
      pressure_(newEventDescriptor()),
      stop_(newEventDescriptor()) {}

ElasticTaskQueue::~ElasticTaskQueue() {
  shutdown();
  close(pressure_);
  close(stop_);
}

void ElasticTaskQueue::enqueue(std::function<void()> job) {
  std::unique_lock lock(mutex_);
  jobs_.push_back(std::move(job));
  if (idle_ >= jobs_.size()) {
    wake_.notify_one();
  } else if (workers_.size() < maxThreads_) {
    spawn();
  } else {
    setPressure(true);
  }
  joinRetired(lock);
}

void ElasticTaskQueue::shutdown() {
  std::unique_lock lock(mutex_);
  if (!stopping_) {
    stopping_ = true;
    signal(stop_);
    wake_.notify_all();
  }
  allRetired_.wait(lock, [this] { return workers_.empty(); });
  joinRetired(lock);
}

// Called with the lock held, so the new thread's first lock waits until `*self` is assigned.
void ElasticTaskQueue::spawn() {
  workers_.emplace_back();
  const auto self = std::prev(workers_.end());
  *self = std::thread([this, self] { work(self); });
}

void ElasticTaskQueue::work(Workers::iterator self) {
  std::unique_lock lock(mutex_);
  while (true) {
    if (jobs_.empty()) {
      if (stopping_) break;
      ++idle_;
      const bool woken =
          wake_.wait_for(lock, idleRetirement_, [this] { return stopping_ || !jobs_.empty(); });
      --idle_;
      if (!woken) break;  // idle long enough: give the thread back
      continue;
    }
    auto job = std::move(jobs_.front());
    jobs_.pop_front();
    if (jobs_.empty()) setPressure(false);
    lock.unlock();
    try {
      job();
    } catch (const std::exception& error) {
      logEvent(spdlog::level::err, "connection task failed", {{"what", error.what()}});
    } catch (...) {
      logEvent(spdlog::level::err, "connection task failed", {{"what", "unknown"}});
    }
    job = nullptr;  // a connection's captured state goes before the lock is taken again
    lock.lock();
  }
  retired_.push_back(std::move(*self));
  workers_.erase(self);
  if (workers_.empty()) allRetired_.notify_all();
}

void ElasticTaskQueue::setPressure(bool on) {
  if (on == pressured_) return;
  pressured_ = on;
  if (on) {
    signal(pressure_);
  } else {
    drain(pressure_);
  }
}

void ElasticTaskQueue::joinRetired(std::unique_lock<std::mutex>& lock) {
  if (retired_.empty()) return;
  auto retired = std::move(retired_);
  retired_.clear();
  lock.unlock();
  for (auto& thread : retired) thread.join();
  lock.lock();
}

}  // namespace smsim::server
