#pragma once
// The task queue behind cpp-httplib's accept loop. cpp-httplib serves a connection on one thread
// for its whole life, idle keep-alive time included, and its fixed pool makes the 65th connection
// wait until another one closes. This queue starts threads on demand up to a high bound, retires
// the ones that stay idle, and says when it is full so idle connections can give their threads up.
#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <thread>
#include <vector>

namespace smsim::server {

class ElasticTaskQueue : public httplib::TaskQueue {
 public:
  ElasticTaskQueue(std::size_t maxThreads, std::chrono::milliseconds idleRetirement);
  ~ElasticTaskQueue() override;
  ElasticTaskQueue(const ElasticTaskQueue&) = delete;
  ElasticTaskQueue& operator=(const ElasticTaskQueue&) = delete;

  void enqueue(std::function<void()> job) override;
  // Lets queued jobs run, then joins every thread.
  void shutdown() override;

  // Readable (for poll) while jobs wait and no thread can be started for them.
  int pressureDescriptor() const { return pressure_; }
  // Readable once shutdown() has begun.
  int stopDescriptor() const { return stop_; }

 private:
  using Workers = std::list<std::thread>;

  void spawn();
  void work(Workers::iterator self);
  void setPressure(bool on);
  void joinRetired(std::unique_lock<std::mutex>& lock);

  const std::size_t maxThreads_;
  const std::chrono::milliseconds idleRetirement_;
  const int pressure_;  // eventfds
  const int stop_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable allRetired_;
  std::deque<std::function<void()>> jobs_;
  Workers workers_;
  std::vector<std::thread> retired_;  // finished threads, joined by the next caller
  std::size_t idle_ = 0;
  bool stopping_ = false;
  bool pressured_ = false;
};

}  // namespace smsim::server
